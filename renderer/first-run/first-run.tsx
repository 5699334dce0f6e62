import { useState } from 'react';
import { call } from '../platform/client';
import { todayUtc } from '../dates';
import { Logo } from '../ui/logo';
import { Spinner } from '../ui/spinner';
import { ErrorBanner } from '../ui/error-banner';
import { errorMessage } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { formatCount } from '../ui/format';

/**
 * The welcome screen for an empty store: say what Tend does, and offer the
 * sample portfolio so a new user sees a real morning list straight away.
 */
export function FirstRun({ onLoaded, onImport }: { onLoaded: () => void; onImport: () => void }) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  const loadSample = async () => {
    setLoading(true);
    setError(null);
    try {
      const loaded = await call('demo.load', { asOf: todayUtc() });
      toast({ message: `Loaded ${formatCount(loaded.accounts)} sample accounts and ${formatCount(loaded.touchpoints)} touchpoints.` });
      onLoaded();
    } catch (failure) {
      setError(errorMessage(failure));
      setLoading(false);
    }
  };

  return (
    <main className="first-run" data-testid="first-run">
      <div className="first-run__card">
        <Logo size={48} />
        <h1 className="first-run__title">Welcome to Tend</h1>
        <p className="first-run__lead">
          Every morning, Tend shows you which customers you have been neglecting, why, and what each one is worth — so you know who to call
          first.
        </p>
        {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <div className="first-run__actions">
          <button
            type="button"
            className="button button--primary button--large"
            data-testid="load-sample"
            onClick={loadSample}
            disabled={loading}
            aria-busy={loading}
          >
            {loading && <Spinner size="s" />}
            {loading ? 'Loading sample portfolio…' : 'Load sample data'}
          </button>
          <button
            type="button"
            className="button button--large"
            onClick={onImport}
            disabled={loading}
            aria-describedby="import-note"
            data-testid="import-logs"
          >
            Import contact logs
          </button>
        </div>
        <p id="import-note" className="first-run__note">
          Have a CSV or Excel export of your calls, emails, meetings or tickets? Import it and Tend scores your own accounts. Or load the
          sample portfolio to see how Tend works with about 300 realistic accounts.
        </p>
        {loading && (
          <p className="first-run__progress" role="status" aria-live="polite">
            Scoring every sample account as of today…
          </p>
        )}
      </div>
    </main>
  );
}
