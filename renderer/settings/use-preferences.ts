import { useCallback, useEffect, useState } from 'react';
import type { Preferences } from '../../shared/api/settings';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export type PreferencesState = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; preferences: Preferences };

/** The user's own preferences: loaded once, each change saved at once (there is no Save button for them). */
export function usePreferences() {
  const [status, setStatus] = useState<PreferencesState>({ state: 'loading' });
  const [saveError, setSaveError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      call('preferences.get', {}).then(
        (preferences) => setStatus({ state: 'ready', preferences }),
        (failure: unknown) => setStatus({ state: 'failed', message: errorMessage(failure) }),
      ),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  /** Shows the change at once and saves it; on failure puts the old value back and says why. */
  const update = useCallback(
    async (change: Partial<Preferences>): Promise<Preferences | null> => {
      if (status.state !== 'ready') return null;
      const before = status.preferences;
      setStatus({ state: 'ready', preferences: { ...before, ...change } });
      setSaveError(null);
      try {
        const saved = await call('preferences.save', { preferences: change });
        setStatus({ state: 'ready', preferences: saved });
        return saved;
      } catch (failure) {
        setStatus({ state: 'ready', preferences: before });
        setSaveError(errorMessage(failure));
        return null;
      }
    },
    [status],
  );

  const retry = () => {
    setStatus({ state: 'loading' });
    void load();
  };
  return { status, update, saveError, clearSaveError: () => setSaveError(null), retry };
}
