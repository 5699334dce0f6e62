import { useNavigation, type Section } from '../navigation';

const SECTIONS: { section: Section; label: string }[] = [
  { section: 'today', label: 'Today' },
  { section: 'accounts', label: 'Accounts' },
  { section: 'complaints', label: 'Complaints' },
  { section: 'import', label: 'Import' },
  { section: 'settings', label: 'Settings' },
];

/** The app bar's sections. The current one is marked for screen readers too. */
export function AppNav() {
  const { section: current, go } = useNavigation();
  return (
    <nav className="app-nav" aria-label="Sections">
      {SECTIONS.map(({ section, label }) => (
        <button
          key={section}
          type="button"
          className="app-nav__link"
          aria-current={section === current ? 'page' : undefined}
          onClick={() => go(section)}
          data-testid={`nav-${section}`}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
