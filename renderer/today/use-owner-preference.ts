import { useCallback, useEffect, useState } from 'react';
import { call } from '../platform/client';
import { readPreference, writePreference } from '../ui/storage';
import { OWNER_KEY } from './prefetch';

/** The "Who am I" preference as this console last saw it, to notice when it changes. */
const ME_SEEN_KEY = 'tend.today.me';

const isOwner = (value: unknown): value is string | null => value === null || typeof value === 'string';
const lastShownOwner = () => readPreference<string | null>(OWNER_KEY, null, isOwner);

/**
 * Whose list today's screen shows; null is "Everyone". It starts from the
 * "Who am I" preference (kept in the store); an owner picked on the list is
 * remembered from then on, until "Who am I" changes. The owner is also kept
 * locally so the list can be fetched before the preference arrives.
 */
export function useOwnerPreference(): [string | null, (owner: string | null) => void] {
  const [owner, setOwnerState] = useState<string | null>(lastShownOwner);

  useEffect(() => {
    let current = true;
    call('preferences.get', {}).then(
      ({ me }) => {
        const seen = readPreference<string | null | undefined>(ME_SEEN_KEY, undefined, isOwner);
        if (seen === me) return;
        // A new "me" (or the first one this console sees): the list opens on it.
        rememberMe(me);
        if (current) setOwnerState(me);
      },
      // Without the preference the remembered owner stands; the list still works.
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  const setOwner = useCallback((next: string | null) => {
    setOwnerState(next);
    writePreference(OWNER_KEY, next);
  }, []);
  return [owner, setOwner];
}

/** Today's list opens on this owner the next time it is shown (after a hand-over: the new owner's list). */
export function showOwnerNext(owner: string | null): void {
  writePreference(OWNER_KEY, owner);
}

/** "Who am I" changed: today's list opens on the new owner. */
export function rememberMe(me: string | null): void {
  writePreference(ME_SEEN_KEY, me);
  writePreference(OWNER_KEY, me);
}
