/** A small indeterminate spinner; the label beside it says what is happening. */
export function Spinner({ size = 'm' }: { size?: 's' | 'm' }) {
  return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
}
