import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { call } from './platform/client';
import { FirstRun } from './first-run/first-run';
import { NavigationContext, sectionFromHash, type Navigation, type Section } from './navigation';
import { discardPrefetchedList } from './today/prefetch';
import { TodayScreen } from './today/today-screen';
import { ToastProvider } from './ui/toast';
import { LoadingState } from './ui/loading-state';
import { ErrorState } from './ui/error-state';
import { errorMessage } from './ui/error-message';

// The import screen (mapping, dates, presets) loads on first use: today's list, the screen everyone opens first, paints sooner.
const ImportScreen = lazy(() => import('./import/import-screen').then((module) => ({ default: module.ImportScreen })));

type Start =
  | { screen: 'checking' }
  | { screen: 'first-run' }
  | { screen: 'today' }
  | { screen: 'import' }
  | { screen: 'error'; message: string };

async function firstScreen(): Promise<Start> {
  try {
    const summary = await call('store.summary', {});
    // The list fetched at start-up is of an empty store; once sample data or an import fills it, fetch afresh.
    if (summary.accounts === 0) discardPrefetchedList();
    return { screen: summary.accounts === 0 ? 'first-run' : 'today' };
  } catch (error) {
    return { screen: 'error', message: errorMessage(error) };
  }
}

/** The screen for a section: the import screen as it is; today's list, or the welcome screen while the store is empty. */
function screenFor(section: Section | null): Promise<Start> {
  return section === 'import' ? Promise.resolve({ screen: 'import' }) : firstScreen();
}

/**
 * Decides what the user sees: an empty store gets the welcome screen,
 * anything else goes straight to today's list; the app bar moves between the
 * list and the import screen (`#import` in the address, so Back and reload work).
 */
export function App() {
  const [start, setStart] = useState<Start>({ screen: 'checking' });

  useEffect(() => {
    let current = true;
    const show = () => void screenFor(sectionFromHash(window.location.hash)).then((screen) => current && setStart(screen));
    show();
    window.addEventListener('popstate', show);
    return () => {
      current = false;
      window.removeEventListener('popstate', show);
    };
  }, []);

  const retry = useCallback(() => {
    setStart({ screen: 'checking' });
    void firstScreen().then(setStart);
  }, []);

  const go = useCallback((section: Section) => {
    discardPrefetchedList();
    const hash = section === 'import' ? '#import' : '#today';
    if (window.location.hash !== hash) window.history.pushState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    if (section === 'import') setStart({ screen: 'import' });
    else void firstScreen().then(setStart);
  }, []);

  const navigation = useMemo<Navigation>(() => ({ section: start.screen === 'import' ? 'import' : 'today', go }), [start.screen, go]);

  return (
    <ToastProvider>
      <NavigationContext.Provider value={navigation}>
        {start.screen === 'checking' && <LoadingState label="Opening Tend…" fill />}
        {start.screen === 'error' && <ErrorState title="Tend could not open your data" message={start.message} onRetry={retry} fill />}
        {start.screen === 'first-run' && <FirstRun onLoaded={() => setStart({ screen: 'today' })} onImport={() => go('import')} />}
        {start.screen === 'today' && <TodayScreen />}
        {start.screen === 'import' && (
          <Suspense fallback={<LoadingState label="Opening the import screen…" />}>
            <ImportScreen />
          </Suspense>
        )}
      </NavigationContext.Provider>
    </ToastProvider>
  );
}
