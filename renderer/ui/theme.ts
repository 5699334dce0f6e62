import { call } from '../platform/client';
import { readPreference, writePreference } from './storage';

export type Theme = 'system' | 'light' | 'dark';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
/** The theme last shown, so the next start paints in it before the store has answered. */
const HINT_KEY = 'tend.theme';

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/**
 * Shows the console in a theme: 'system' follows the computer's light or dark
 * setting (and its changes, live); 'light' and 'dark' force one. Sets
 * data-theme on <html>, which tokens.css reads. It does not save the choice
 * (Settings does, with `preferences.save`); it only remembers locally which
 * theme was last shown, so the next start's first paint already matches.
 *
 * @example
 * await call('preferences.save', { preferences: { theme: 'dark' } });
 * applyTheme('dark');
 */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  writePreference(HINT_KEY, theme);
}

/**
 * The start-up step: paints at once in the theme last shown, then asks the
 * store for the user's saved preference and applies it. Never delays the
 * first paint, and a store that cannot say (an older backend, an error)
 * leaves the console following the system, silently.
 */
export function startTheme(): void {
  document.documentElement.dataset.theme = readPreference<Theme>(HINT_KEY, 'system', isTheme);
  call('preferences.get', {})
    .then((preferences) => applyTheme(isTheme(preferences.theme) ? preferences.theme : 'system'))
    .catch(() => applyTheme('system'));
}
