/** Tend's mark: a sprout, drawn inline so it needs no image request. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="logo__tile" />
      <path d="M16 25v-9" className="logo__stem" />
      <path d="M16 17c0-4.5-3-7.5-8-7.5 0 4.5 3 7.5 8 7.5Z" className="logo__leaf" />
      <path d="M16 15c0-4 2.7-6.8 7.5-6.8 0 4-2.7 6.8-7.5 6.8Z" className="logo__leaf logo__leaf--right" />
    </svg>
  );
}
