import { useMemo, useState } from 'react';
import { Switch } from 'radix-ui';
import type { ComplaintInfo } from '../../shared/api/account-page';
import { formatDayLong } from '../dates';
import { useNavigation } from '../navigation';
import { OWNER_KEY } from '../today/prefetch';
import { OwnerPicker } from '../today/owner-picker';
import { useListDay } from '../today/use-list-day';
import { ComplaintResolveDialog, ComplaintUpdateDialog } from '../touchpoints/complaint-dialogs';
import { AppBar } from '../ui/app-bar';
import { ErrorBanner } from '../ui/error-banner';
import { ErrorState } from '../ui/error-state';
import { formatCount, formatMoney, plural } from '../ui/format';
import { LoadingState } from '../ui/loading-state';
import { Spinner } from '../ui/spinner';
import { readPreference } from '../ui/storage';
import { useToast } from '../ui/toast';
import { AGE_BUCKET_LABELS, type AgeBucket } from './complaint-age';
import { complaintsInOrder, summariseComplaints, type ComplaintsSummary } from './complaints-summary';
import { ComplaintsTable } from './complaints-table';
import { useComplaints } from './use-complaints';
import { VoiceStrip } from './voice-strip';

type Dialog = { kind: 'update' | 'resolve'; complaint: ComplaintInfo };

const isOwner = (value: unknown): value is string | null => value === null || typeof value === 'string';
const BUCKETS: readonly AgeBucket[] = ['new', 'aging', 'old', 'stale'];

/** Every open complaint, oldest first: who is waiting, for how long, and since when they last heard from us. */
export function ComplaintsScreen() {
  const asOf = useListDay();
  const { go } = useNavigation();
  const toast = useToast();
  // Starts on the owner today's list was last opened for; changing it here leaves that list alone.
  const [owner, setOwner] = useState<string | null>(() => readPreference(OWNER_KEY, null, isOwner));
  const [includeResolved, setIncludeResolved] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { complaints, voice, owners, loading, refreshing, error, reload } = useComplaints(asOf, owner, includeResolved);
  const ordered = useMemo(() => complaintsInOrder(complaints ?? []), [complaints]);
  const summary = useMemo(() => summariseComplaints(ordered), [ordered]);

  const done = async (message: string) => {
    setDialog(null);
    await reload();
    toast({ message });
  };

  let body;
  if (loading) body = <LoadingState label="Loading the complaints…" />;
  else if (!complaints) body = <ErrorState title="The complaints could not be loaded" message={error ?? 'Unknown error.'} onRetry={() => void reload()} />;
  else if (ordered.length === 0)
    body = (
      <div className="state" data-testid="no-complaints">
        <p className="state__title">No open complaints</p>
        <p className="state__text">
          {owner ? `Nobody in ${owner}'s portfolio is waiting on a complaint.` : 'No customer is waiting on a complaint.'} When one comes in, open it from the
          account's page and follow it here until it is resolved.
        </p>
      </div>
    );
  else
    body = (
      <ComplaintsTable
        complaints={ordered}
        onOpenAccount={(accountId) => go({ section: 'account', accountId })}
        onSendUpdate={(complaint) => setDialog({ kind: 'update', complaint })}
        onResolve={(complaint) => setDialog({ kind: 'resolve', complaint })}
      />
    );

  return (
    <div className="app">
      <AppBar>
        <div className="app-bar__day">
          <time dateTime={asOf}>{formatDayLong(asOf)}</time>
        </div>
        <div className="app-bar__spacer" />
        <OwnerPicker owners={owners} owner={owner} onChange={setOwner} />
      </AppBar>
      <main className="complaints-view" data-testid="complaints-screen">
        <div className="today__intro">
          <div>
            <h1 className="today__title">Complaints</h1>
            <p className="today__summary" data-testid="complaints-summary">
              {complaints ? <SummaryLine summary={summary} /> : ' '}
            </p>
          </div>
          {refreshing && (
            <span className="today__refreshing" role="status">
              <Spinner size="s" /> Updating…
            </span>
          )}
        </div>
        {error && complaints && <ErrorBanner message={`The complaints could not be refreshed: ${error}`} retry={() => void reload()} onDismiss={() => void reload()} />}
        <div className="complaints-view__strip">
          {complaints && <AgeStrip summary={summary} />}
          {voice && <VoiceStrip voice={voice} owner={owner} />}
        </div>
        <section className="card complaints-view__card" aria-label="Complaints">
          <div className="toolbar">
            <div className="switch-field">
              <Switch.Root id="show-resolved" className="switch" checked={includeResolved} onCheckedChange={setIncludeResolved} data-testid="show-resolved">
                <Switch.Thumb className="switch__thumb" />
              </Switch.Root>
              <label htmlFor="show-resolved" className="switch-field__label">
                Show resolved (last 90 days)
              </label>
            </div>
            {includeResolved && summary.medianDaysToResolve !== null && (
              <span className="toolbar__note" data-testid="median-resolve">
                Resolved ones took {plural(Math.round(summary.medianDaysToResolve), 'day')} at the median
              </span>
            )}
          </div>
          {body}
        </section>
      </main>
      {dialog?.kind === 'update' && <ComplaintUpdateDialog complaint={dialog.complaint} asOf={asOf} onClose={() => setDialog(null)} onDone={(message) => void done(message)} />}
      {dialog?.kind === 'resolve' && <ComplaintResolveDialog complaint={dialog.complaint} asOf={asOf} onClose={() => setDialog(null)} onDone={(message) => void done(message)} />}
    </div>
  );
}

function SummaryLine({ summary }: { summary: ComplaintsSummary }) {
  if (summary.open === 0) return <>No complaints open</>;
  return (
    <>
      {plural(summary.open, 'complaint')} open across {plural(summary.accounts, 'account')} worth {formatMoney(summary.valueAtStake)}
      {summary.oldestDays !== null && <> · the oldest {plural(summary.oldestDays, 'day')}</>}
      {summary.waitingOverWeek > 0 && <> · {formatCount(summary.waitingOverWeek)} waiting a week or more for news</>}
    </>
  );
}

/** How many open complaints fall in each age bucket, in the same colours as the table. */
function AgeStrip({ summary }: { summary: ComplaintsSummary }) {
  return (
    <section className="card age-strip" aria-label="Open complaints by age" data-testid="age-strip">
      <p className="voice-strip__label">Open complaints by age</p>
      <ul className="age-strip__buckets">
        {BUCKETS.map((bucket) => (
          <li key={bucket} className={`age-strip__bucket age-strip__bucket--${bucket}`} data-testid={`age-bucket-${bucket}`}>
            <span className="age-strip__count">{formatCount(summary.byAge[bucket])}</span>
            <span className="age-strip__label">{AGE_BUCKET_LABELS[bucket]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
