import { createContext, useContext } from 'react';

/** The console's sections, as the app bar names them. */
export type Section = 'today' | 'import';

export interface Navigation {
  section: Section;
  go: (section: Section) => void;
}

export const NavigationContext = createContext<Navigation>({ section: 'today', go: () => {} });

/** Where the user is, and how to move between today's list and the import screen. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** The section the address names (`#import`), so a reload stays where the user was. */
export function sectionFromHash(hash: string): Section | null {
  if (hash === '#import') return 'import';
  if (hash === '#today') return 'today';
  return null;
}
