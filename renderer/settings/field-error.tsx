/** What to fix in a field, said beside it; nothing when all is well. */
export function FieldError({ message, className }: { message: string | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p className={`settings-error${className ? ` ${className}` : ''}`} role="alert" data-testid="field-error">
      {message}
    </p>
  );
}
