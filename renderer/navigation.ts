import { createContext, useContext } from 'react';

/** The console's sections, as the app bar names them. */
export type Section = 'today' | 'accounts' | 'complaints' | 'import' | 'settings';

/** Where the user is: a section, or one account's page. */
export type Route = { section: Section } | { section: 'account'; accountId: number };

export interface Navigation {
  route: Route;
  /** The section the app bar marks as current (an account page belongs to Accounts). */
  section: Section;
  go: (to: Section | Route) => void;
}

export const NavigationContext = createContext<Navigation>({ route: { section: 'today' }, section: 'today', go: () => {} });

/** Where the user is, and how to move between screens. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

const SECTIONS: readonly Section[] = ['today', 'accounts', 'complaints', 'import', 'settings'];

/** The route the address names (`#import`, `#accounts/42`), so a reload and Back stay where the user was. */
export function routeFromHash(hash: string): Route | null {
  const account = /^#accounts\/(\d{1,15})$/.exec(hash);
  if (account) return { section: 'account', accountId: Number(account[1]) };
  const section = hash.slice(1) as Section;
  return SECTIONS.includes(section) ? { section } : null;
}

export function hashFor(route: Route): string {
  return route.section === 'account' ? `#accounts/${route.accountId}` : `#${route.section}`;
}

export function sectionOf(route: Route): Section {
  return route.section === 'account' ? 'accounts' : route.section;
}
