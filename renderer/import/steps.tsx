const STEPS = [
  { id: 'file', label: 'Choose a file' },
  { id: 'review', label: 'Check the columns' },
  { id: 'import', label: 'Import' },
] as const;

/** A step, or 'finished' once the import is done and every step is ticked. */
export type StepId = (typeof STEPS)[number]['id'] | 'finished';

/** Where the user is in the import: done steps ticked, the current one marked for screen readers. */
export function Steps({ current }: { current: StepId }) {
  const at = current === 'finished' ? STEPS.length : STEPS.findIndex((step) => step.id === current);
  return (
    <ol className="steps" data-testid="import-steps">
      {STEPS.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'next';
        return (
          <li key={step.id} className={`steps__item steps__item--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="steps__mark" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="steps__label">{step.label}</span>
            {state === 'done' && <span className="sr-only"> (done)</span>}
          </li>
        );
      })}
    </ol>
  );
}
