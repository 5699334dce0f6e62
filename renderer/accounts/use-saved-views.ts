import { useCallback, useEffect, useState } from 'react';
import type { AccountViewState, SavedView } from '../../shared/api/accounts';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

const byName = (a: SavedView, b: SavedView) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** The accounts table's saved views: listed once, then kept in step with every save and delete. */
export function useSavedViews() {
  const [views, setViews] = useState<SavedView[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('views.list', {}).then(
      (list) => current && setViews([...list].sort(byName)),
      (failure) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, []);

  /** Saves the view under a name; a view saved again under its name replaces the old one. */
  const save = useCallback(async (name: string, state: AccountViewState): Promise<SavedView> => {
    const saved = await call('views.save', { name, state });
    setViews((list) => [...list.filter((view) => view.id !== saved.id && view.name !== saved.name), saved].sort(byName));
    return saved;
  }, []);

  const remove = useCallback(async (id: number) => {
    await call('views.delete', { id });
    setViews((list) => list.filter((view) => view.id !== id));
  }, []);

  return { views, error, save, remove };
}
