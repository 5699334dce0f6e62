/** A failure that blocks the whole view: what happened, in words, and a way to try again. */
export function ErrorState({ title, message, onRetry, fill = false }: { title: string; message: string; onRetry: () => void; fill?: boolean }) {
  return (
    <div className={`state state--error${fill ? ' state--fill' : ''}`} role="alert" data-testid="error-state">
      <p className="state__title">{title}</p>
      <p className="state__text">{message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
