import { useEffect, useMemo, useState } from 'react';
import { AppBar } from '../ui/app-bar';
import { call } from '../platform/client';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { Tabs } from '../ui/tabs';
import { useListDay } from '../today/use-list-day';
import { HealthModelTab } from './health-model-tab';
import { PreferencesSection } from './preferences-section';
import { useHealthSettings } from './use-health-settings';
import { usePreferences } from './use-preferences';

interface Portfolio {
  owners: string[];
  tiers: string[];
}

/** The owners and tiers in the store, for "Who am I", the preview's owner and tiers that have no cadence yet. */
function usePortfolio(asOf: string): Portfolio {
  const [portfolio, setPortfolio] = useState<Portfolio>({ owners: [], tiers: [] });
  useEffect(() => {
    let current = true;
    // Only suggestions: without them the screen still works.
    call('accounts.list', { asOf }).then(
      (list) => current && setPortfolio({ owners: list.owners, tiers: list.tiers }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [asOf]);
  return portfolio;
}

/**
 * The health model under the user's control (weights, cadences, bands, with a
 * live preview of today's list) and the user's own preferences.
 */
export function SettingsScreen() {
  const asOf = useListDay();
  const health = useHealthSettings();
  const preferences = usePreferences();
  const portfolio = usePortfolio(asOf);
  const me = preferences.status.state === 'ready' ? preferences.status.preferences.me : null;
  const tiersWithoutCadence = useMemo(() => {
    if (health.status.state !== 'ready') return [];
    const named = new Set(health.status.form.tiers.map((tier) => tier.name.trim().toLowerCase()));
    return portfolio.tiers.filter((tier) => !named.has(tier.trim().toLowerCase()));
  }, [health.status, portfolio.tiers]);

  let healthTab;
  if (health.status.state === 'loading') healthTab = <LoadingState label="Loading the health model…" />;
  else if (health.status.state === 'failed')
    healthTab = <ErrorState title="The health model's settings could not be loaded" message={health.status.message} onRetry={health.retry} />;
  else healthTab = <HealthModelTab health={health} form={health.status.form} asOf={asOf} owners={portfolio.owners} me={me} tiersWithoutCadence={tiersWithoutCadence} />;

  return (
    <div className="app">
      <AppBar>
        <div className="app-bar__spacer" />
      </AppBar>
      <main className="settings-screen" data-testid="settings-screen">
        <div className="settings__inner">
          <div className="today__intro">
            <div>
              <h1 className="today__title">Settings</h1>
              <p className="today__summary">How Tend scores health, and how it works for you.</p>
            </div>
          </div>
          <Tabs
            label="Settings sections"
            className="settings__tabs"
            tabs={[
              { value: 'health', label: 'Health model', content: healthTab, testId: 'tab-health' },
              { value: 'preferences', label: 'Your preferences', content: <PreferencesSection preferences={preferences} owners={portfolio.owners} />, testId: 'tab-preferences' },
            ]}
          />
        </div>
      </main>
    </div>
  );
}
