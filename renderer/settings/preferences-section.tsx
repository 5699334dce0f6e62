import { Switch } from 'radix-ui';
import { useId } from 'react';
import type { Preferences } from '../../shared/api/settings';
import { ChoiceGroup } from '../ui/choice-group';
import { ErrorBanner } from '../ui/error-banner';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { Select } from '../ui/select';
import { applyTheme } from '../ui/theme';
import { useToast } from '../ui/toast';
import { rememberMe } from '../today/use-owner-preference';
import type { usePreferences } from './use-preferences';

const NOBODY = '';
const THEMES = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

interface PreferencesSectionProps {
  preferences: ReturnType<typeof usePreferences>;
  owners: readonly string[];
}

/** Who the user is (whose list today's screen opens on), the theme, and the desktop app's morning notification. */
export function PreferencesSection({ preferences, owners }: PreferencesSectionProps) {
  const { status, update, saveError, clearSaveError, retry } = preferences;
  const toast = useToast();
  const meId = useId();
  const timeId = useId();
  if (status.state === 'loading') return <LoadingState label="Loading your preferences…" />;
  if (status.state === 'failed') return <ErrorState title="Your preferences could not be loaded" message={status.message} onRetry={retry} />;
  const { me, theme, morningNotification, notificationTime } = status.preferences;
  // A desktop-only feature: the browser console cannot notify once the tab is closed.
  const desktop = window.tend !== undefined;
  const names = me !== null && !owners.includes(me) ? [me, ...owners] : owners;

  const chooseMe = async (next: string | null) => {
    const saved = await update({ me: next });
    if (!saved) return;
    rememberMe(saved.me);
    toast({ message: saved.me ? `Today's list now opens on ${saved.me}'s accounts.` : "Today's list now opens on everyone's accounts." });
  };
  const chooseTheme = (next: Preferences['theme']) => {
    applyTheme(next);
    void update({ theme: next }).then((saved) => {
      if (!saved) applyTheme(theme);
    });
  };

  return (
    <div className="preferences" data-testid="preferences-section">
      {saveError && <ErrorBanner message={`That change was not saved: ${saveError}`} onDismiss={clearSaveError} />}
      <section className="card settings-card" aria-labelledby="me-title">
        <header className="settings-card__head">
          <h2 id="me-title" className="settings-card__title">
            Who are you?
          </h2>
          <p className="settings-card__lead">Today's list opens on your accounts. You can still look at anyone's list from its owner picker.</p>
        </header>
        <div className="pref-row">
          <label htmlFor={meId} className="field__label">
            I am
          </label>
          <Select
            id={meId}
            value={me ?? NOBODY}
            onChange={(value) => void chooseMe(value === NOBODY ? null : value)}
            options={[{ value: NOBODY, label: 'Not one owner: show everyone' }, ...names.map((name) => ({ value: name, label: name }))]}
            testId="pref-me"
            className="pref-row__select"
          />
        </div>
      </section>
      <section className="card settings-card" aria-labelledby="theme-title">
        <header className="settings-card__head">
          <h2 id="theme-title" className="settings-card__title">
            Appearance
          </h2>
          <p className="settings-card__lead">System follows your computer's light or dark setting as it changes.</p>
        </header>
        <div className="pref-row pref-row--choices">
          <ChoiceGroup legend="Theme" choices={THEMES} value={theme} onChange={chooseTheme} testId="pref-theme" />
        </div>
      </section>
      <section className="card settings-card" aria-labelledby="notify-title">
        <header className="settings-card__head">
          <h2 id="notify-title" className="settings-card__title">
            Morning notification
          </h2>
          <p className="settings-card__lead">
            {desktop
              ? 'Each morning the desktop app tells you how many customers need you (“7 customers need you today”); click it to open today’s list.'
              : 'A morning reminder of how many customers need you. It comes from the desktop app (npm start), so it is off here in the browser.'}
          </p>
        </header>
        <div className="pref-row">
          <label className="pref-switch-label">
            <Switch.Root
              className="pref-switch"
              checked={morningNotification}
              onCheckedChange={(checked) => void update({ morningNotification: checked })}
              disabled={!desktop}
              data-testid="pref-notification"
            >
              <Switch.Thumb className="pref-switch__thumb" />
            </Switch.Root>
            Notify me each morning
          </label>
          <label htmlFor={timeId} className="pref-time">
            at
            <input
              id={timeId}
              type="time"
              className="input"
              value={notificationTime}
              disabled={!desktop || !morningNotification}
              onChange={(event) => /^\d\d:\d\d$/.test(event.target.value) && void update({ notificationTime: event.target.value })}
              data-testid="pref-notification-time"
            />
          </label>
        </div>
      </section>
    </div>
  );
}
