import { useCallback, useEffect, useState } from 'react';
import { call } from './platform/client';
import { FirstRun } from './first-run/first-run';
import { TodayScreen } from './today/today-screen';
import { ToastProvider } from './ui/toast';
import { LoadingState } from './ui/loading-state';
import { ErrorState } from './ui/error-state';
import { errorMessage } from './ui/error-message';

type Start = { screen: 'checking' } | { screen: 'first-run' } | { screen: 'today' } | { screen: 'error'; message: string };

async function firstScreen(): Promise<Start> {
  try {
    const summary = await call('store.summary', {});
    return { screen: summary.accounts === 0 ? 'first-run' : 'today' };
  } catch (error) {
    return { screen: 'error', message: errorMessage(error) };
  }
}

/**
 * Decides what the user sees first: an empty store gets the welcome screen,
 * anything else goes straight to today's list.
 */
export function App() {
  const [start, setStart] = useState<Start>({ screen: 'checking' });

  useEffect(() => {
    let current = true;
    void firstScreen().then((screen) => current && setStart(screen));
    return () => {
      current = false;
    };
  }, []);

  const retry = useCallback(() => {
    setStart({ screen: 'checking' });
    void firstScreen().then(setStart);
  }, []);

  return (
    <ToastProvider>
      {start.screen === 'checking' && <LoadingState label="Opening Tend…" fill />}
      {start.screen === 'error' && <ErrorState title="Tend could not open your data" message={start.message} onRetry={retry} fill />}
      {start.screen === 'first-run' && <FirstRun onLoaded={() => setStart({ screen: 'today' })} />}
      {start.screen === 'today' && <TodayScreen />}
    </ToastProvider>
  );
}
