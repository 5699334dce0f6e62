import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HealthSettings } from '../../shared/health/types';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { formFromSettings, readHealthForm, sameSettings, type HealthForm } from './health-form';

export type HealthSettingsState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; saved: HealthSettings; form: HealthForm };

/**
 * The health model's settings being edited: the saved ones, the form, what
 * the form reads as (or what to fix), and saving, restoring the defaults and
 * discarding changes.
 */
export function useHealthSettings() {
  const [status, setStatus] = useState<HealthSettingsState>({ state: 'loading' });

  const load = useCallback(
    () =>
      call('settings.health', {}).then(
        (saved) => setStatus({ state: 'ready', saved, form: formFromSettings(saved) }),
        (failure: unknown) => setStatus({ state: 'failed', message: errorMessage(failure) }),
      ),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const form = status.state === 'ready' ? status.form : null;
  const read = useMemo(() => (form ? readHealthForm(form) : null), [form]);
  const dirty = status.state === 'ready' && read !== null && (read.settings === null || !sameSettings(read.settings, status.saved));

  const setForm = useCallback((change: (form: HealthForm) => HealthForm) => {
    setStatus((old) => (old.state === 'ready' ? { ...old, form: change(old.form) } : old));
  }, []);

  const showSaved = useCallback((saved: HealthSettings) => setStatus({ state: 'ready', saved, form: formFromSettings(saved) }), []);

  /** Saves what the form reads as; every account is re-scored. Throws the backend's words on failure. */
  const save = useCallback(async (): Promise<HealthSettings> => {
    if (!read?.settings) throw new Error('The settings have problems to fix first.');
    const saved = await call('settings.saveHealth', { settings: read.settings });
    showSaved(saved);
    return saved;
  }, [read, showSaved]);

  const restoreDefaults = useCallback(async (): Promise<HealthSettings> => {
    const saved = await call('settings.resetHealth', {});
    showSaved(saved);
    return saved;
  }, [showSaved]);

  const discard = useCallback(() => {
    setStatus((old) => (old.state === 'ready' ? { ...old, form: formFromSettings(old.saved) } : old));
  }, []);

  return {
    status,
    settings: read?.settings ?? null,
    errors: read?.errors ?? {},
    dirty,
    setForm,
    save,
    restoreDefaults,
    discard,
    retry: () => {
      setStatus({ state: 'loading' });
      void load();
    },
  };
}
