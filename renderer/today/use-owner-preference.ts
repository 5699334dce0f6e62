import { useCallback, useState } from 'react';
import { readPreference, writePreference } from '../ui/storage';
import { OWNER_KEY } from './prefetch';

const isOwner = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** The owner whose list was open last time; null is "Everyone". */
export function useOwnerPreference(): [string | null, (owner: string | null) => void] {
  const [owner, setOwnerState] = useState<string | null>(() => readPreference(OWNER_KEY, null, isOwner));
  const setOwner = useCallback((next: string | null) => {
    setOwnerState(next);
    writePreference(OWNER_KEY, next);
  }, []);
  return [owner, setOwner];
}
