import { useCallback, useEffect, useState } from 'react';
import { call } from '../platform/client';
import { readPreference, writePreference } from '../ui/storage';
import { OWNER_KEY } from './prefetch';

const isOwner = (value: unknown): value is string | null => value === null || typeof value === 'string';

// An owner picked on today's list lasts while the console is open; the next start opens on "me" again.
let pickedThisSession: { owner: string | null } | null = null;

/**
 * Whose list today's screen shows; null is "Everyone". It starts from the
 * "Who am I" preference (kept in the store, cached locally so the list can be
 * fetched before the preference arrives) until the user picks someone else.
 */
export function useOwnerPreference(): [string | null, (owner: string | null) => void] {
  const [owner, setOwnerState] = useState<string | null>(() => (pickedThisSession ? pickedThisSession.owner : readPreference(OWNER_KEY, null, isOwner)));

  useEffect(() => {
    if (pickedThisSession) return;
    let current = true;
    call('preferences.get', {}).then(
      ({ me }) => {
        writePreference(OWNER_KEY, me);
        if (current && !pickedThisSession) setOwnerState(me);
      },
      // Without the preference the cached owner stands; the list still works.
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  const setOwner = useCallback((next: string | null) => {
    pickedThisSession = { owner: next };
    setOwnerState(next);
  }, []);
  return [owner, setOwner];
}

/** Today's list opens on this owner the next time it is shown (after a hand-over: the new owner's list). */
export function showOwnerNext(owner: string | null): void {
  pickedThisSession = { owner };
}

/** "Who am I" changed: today's list opens on the new owner, now and at every start. */
export function rememberMe(me: string | null): void {
  writePreference(OWNER_KEY, me);
  pickedThisSession = null;
}
