import { useState } from 'react';
import { useNavigation } from '../navigation';
import { call } from '../platform/client';
import { todayUtc } from '../dates';
import { ErrorBanner } from '../ui/error-banner';
import { errorMessage } from '../ui/error-message';
import { formatCount } from '../ui/format';
import { Spinner } from '../ui/spinner';
import { useToast } from '../ui/toast';

/** No accounts at all yet: load the sample portfolio, import a CRM export, or create the first account by hand. */
export function EmptyAccounts({ onLoaded, onCreate }: { onLoaded: () => void; onCreate: () => void }) {
  const { go } = useNavigation();
  const toast = useToast();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadSample = async () => {
    setLoading(true);
    setError(null);
    try {
      const loaded = await call('demo.load', { asOf: todayUtc() });
      toast({ message: `Loaded ${formatCount(loaded.accounts)} sample accounts and ${formatCount(loaded.touchpoints)} touchpoints.` });
      onLoaded();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="state" data-testid="accounts-empty">
      <p className="state__title">No accounts yet</p>
      <p className="state__text">Import your CRM's account list or contact logs, load the sample portfolio to look around, or add an account by hand.</p>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <div className="accounts-empty__actions">
        <button type="button" className="button button--primary" onClick={() => go('import')} disabled={loading} data-testid="empty-import">
          Import accounts or contact logs
        </button>
        <button type="button" className="button" onClick={() => void loadSample()} disabled={loading} aria-busy={loading} data-testid="empty-load-sample">
          {loading && <Spinner size="s" />}
          {loading ? 'Loading sample portfolio…' : 'Load sample data'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCreate} disabled={loading} data-testid="empty-new-account">
          New account
        </button>
      </div>
    </div>
  );
}
