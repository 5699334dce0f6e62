import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from './platform/client';
import { FirstRun } from './first-run/first-run';
import { hashFor, NavigationContext, routeFromHash, sectionOf, type Navigation, type Route } from './navigation';
import { discardPrefetchedList } from './today/prefetch';
import { TodayScreen } from './today/today-screen';
import { ToastProvider } from './ui/toast';
import { LoadingState } from './ui/loading-state';
import { ErrorState } from './ui/error-state';
import { errorMessage } from './ui/error-message';
import { ScreenBoundary } from './screen-boundary';

// Every screen but today's list loads on first use: the list, the screen everyone opens first, paints sooner.
const ImportScreen = lazy(() => import('./import/import-screen').then((module) => ({ default: module.ImportScreen })));
const AccountsScreen = lazy(() => import('./accounts/accounts-screen').then((module) => ({ default: module.AccountsScreen })));
const AccountScreen = lazy(() => import('./account/account-screen').then((module) => ({ default: module.AccountScreen })));
const ComplaintsScreen = lazy(() => import('./complaints/complaints-screen').then((module) => ({ default: module.ComplaintsScreen })));
const SettingsScreen = lazy(() => import('./settings/settings-screen').then((module) => ({ default: module.SettingsScreen })));

type Start =
  | { screen: 'checking' }
  | { screen: 'first-run' }
  | { screen: 'route'; route: Route }
  | { screen: 'error'; message: string };

const TODAY: Route = { section: 'today' };

/** Today's list, or the welcome screen while the store is empty. */
async function startScreen(): Promise<Start> {
  try {
    const summary = await call('store.summary', {});
    // The list fetched at start-up is of an empty store; once sample data or an import fills it, fetch afresh.
    if (summary.accounts === 0) discardPrefetchedList();
    return summary.accounts === 0 ? { screen: 'first-run' } : { screen: 'route', route: TODAY };
  } catch (error) {
    return { screen: 'error', message: errorMessage(error) };
  }
}

/** Every screen but today's list opens as it is; today's list checks first whether there is anything to list. */
function screenFor(route: Route | null): Promise<Start> {
  return route && route.section !== 'today' ? Promise.resolve({ screen: 'route', route }) : startScreen();
}

function Lazy({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScreenBoundary>
      <Suspense fallback={<LoadingState label={label} />}>{children}</Suspense>
    </ScreenBoundary>
  );
}

function RouteScreen({ route }: { route: Route }) {
  switch (route.section) {
    case 'today':
      return <TodayScreen />;
    case 'import':
      return (
        <Lazy label="Opening the import screen…">
          <ImportScreen />
        </Lazy>
      );
    case 'accounts':
      return (
        <Lazy label="Opening the accounts…">
          <AccountsScreen />
        </Lazy>
      );
    case 'account':
      return (
        <Lazy label="Opening the account…">
          <AccountScreen key={route.accountId} accountId={route.accountId} />
        </Lazy>
      );
    case 'complaints':
      return (
        <Lazy label="Opening the complaints…">
          <ComplaintsScreen />
        </Lazy>
      );
    case 'settings':
      return (
        <Lazy label="Opening the settings…">
          <SettingsScreen />
        </Lazy>
      );
  }
}

/**
 * Decides what the user sees: an empty store gets the welcome screen,
 * anything else goes straight to today's list; the app bar moves between
 * screens, and the address (`#accounts/42`) keeps the place so Back and reload work.
 */
export function App() {
  const [start, setStart] = useState<Start>({ screen: 'checking' });

  useEffect(() => {
    let current = true;
    const show = () => void screenFor(routeFromHash(window.location.hash)).then((screen) => current && setStart(screen));
    show();
    window.addEventListener('popstate', show);
    return () => {
      current = false;
      window.removeEventListener('popstate', show);
    };
  }, []);

  const retry = useCallback(() => {
    setStart({ screen: 'checking' });
    void startScreen().then(setStart);
  }, []);

  const go = useCallback((to: Route | Route['section']) => {
    const route: Route = typeof to === 'string' ? ({ section: to } as Route) : to;
    discardPrefetchedList();
    const hash = hashFor(route);
    if (window.location.hash !== hash) window.history.pushState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    void screenFor(route).then(setStart);
  }, []);

  const route = start.screen === 'route' ? start.route : TODAY;
  const navigation = useMemo<Navigation>(() => ({ route, section: sectionOf(route), go }), [route, go]);

  return (
    <ToastProvider>
      <NavigationContext.Provider value={navigation}>
        {start.screen === 'checking' && <LoadingState label="Opening Tend…" fill />}
        {start.screen === 'error' && <ErrorState title="Tend could not open your data" message={start.message} onRetry={retry} fill />}
        {start.screen === 'first-run' && <FirstRun onLoaded={() => setStart({ screen: 'route', route: TODAY })} onImport={() => go('import')} />}
        {start.screen === 'route' && <RouteScreen route={start.route} />}
      </NavigationContext.Provider>
    </ToastProvider>
  );
}
