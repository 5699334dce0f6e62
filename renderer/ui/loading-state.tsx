import { Spinner } from './spinner';

/** A calm "working on it" placeholder, announced to screen readers. */
export function LoadingState({ label, fill = false }: { label: string; fill?: boolean }) {
  return (
    <div className={`state${fill ? ' state--fill' : ''}`} role="status" aria-live="polite" data-testid="loading-state">
      <Spinner />
      <p className="state__text">{label}</p>
    </div>
  );
}
