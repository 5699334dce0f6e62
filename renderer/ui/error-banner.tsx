/** A failure the user should read but that does not block the screen (e.g. a row action that failed). */
export function ErrorBanner({ message, onDismiss, retry }: { message: string; onDismiss: () => void; retry?: () => void }) {
  return (
    <div className="banner banner--error" role="alert" data-testid="error-banner">
      <span className="banner__icon" aria-hidden="true">
        !
      </span>
      <p className="banner__text">{message}</p>
      {retry && (
        <button type="button" className="button button--small" onClick={retry}>
          Try again
        </button>
      )}
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
