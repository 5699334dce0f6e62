/** A failure the user should read but that does not block the screen (e.g. a row action that failed). */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="banner banner--error" role="alert" data-testid="error-banner">
      <span className="banner__icon" aria-hidden="true">!</span>
      <p className="banner__text">{message}</p>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
