import { useMemo, useState } from 'react';
import { DropdownMenu } from 'radix-ui';
import type { AccountPage } from '../../shared/api/account-page';
import { BAND_LABELS } from '../../shared/domain';
import { formatDayLong } from '../dates';
import { useNavigation } from '../navigation';
import { call } from '../platform/client';
import { ExportReportButton } from '../reports/export-report-button';
import { useListDay } from '../today/use-list-day';
import { AppBar } from '../ui/app-bar';
import { ErrorBanner } from '../ui/error-banner';
import { errorMessage } from '../ui/error-message';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { Spinner } from '../ui/spinner';
import { useToast } from '../ui/toast';
import { AccountDialogs, type AccountDialog } from './account-dialogs';
import { ChurnedBanner, IntroBanner } from './account-banners';
import { AccountHeader } from './account-header';
import { ComplaintsPanel } from './complaints-panel';
import { ContactRhythm } from './contact-rhythm';
import { CustomerVoice } from './customer-voice';
import { FactorBreakdown } from './factor-breakdown';
import { ScoreHistory } from './score-history';
import { Timeline } from './timeline';
import type { TimelineActions } from './timeline-entry';
import { useAccountPage } from './use-account-page';

/** "score 24 → 61, now Healthy": how a change moved the account, for the toast. */
function movement(before: AccountPage, after: AccountPage | null): string {
  if (!before.health || !after?.health || before.health.score === after.health.score) return '';
  const band = before.health.band === after.health.band ? '' : `, now ${BAND_LABELS[after.health.band]}`;
  return ` Score ${before.health.score} → ${after.health.score}${band}.`;
}

/** One account's whole story: health and why, its history, every touch, complaints, the customer's voice and our rhythm. */
export function AccountScreen({ accountId }: { accountId: number }) {
  const asOf = useListDay();
  const { go } = useNavigation();
  const toast = useToast();
  const { page, timeline, bands, loading, refreshing, error, reload } = useAccountPage(accountId, asOf);
  const [dialog, setDialog] = useState<AccountDialog | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const timelineActions = useMemo<TimelineActions>(
    () => ({
      edit: (touchpoint) => setDialog({ kind: 'edit-touch', touchpoint }),
      remove: (touchpoint) => setDialog({ kind: 'delete-touch', touchpoint }),
      sendUpdate: (complaint) => setDialog({ kind: 'update-complaint', complaint }),
      resolve: (complaint) => setDialog({ kind: 'resolve-complaint', complaint }),
    }),
    [],
  );

  const changed = async (message: string) => {
    setDialog(null);
    const before = page;
    const after = await reload();
    toast({ message: `${message}${before ? movement(before, after) : ''}` });
  };

  const reactivate = async () => {
    if (!page) return;
    setActionError(null);
    try {
      await call('accounts.reactivate', { accountId: page.account.id });
      await reload();
      toast({ message: `${page.account.name} is active again and back in the health scores.` });
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  };

  let body;
  if (loading) body = <LoadingState label="Loading the account…" />;
  else if (!page || !timeline)
    body = <ErrorState title="This account could not be opened" message={error ?? 'Unknown error.'} onRetry={() => void reload()} />;
  else {
    const churned = page.account.status === 'churned';
    body = (
      <>
        {actionError && <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />}
        {error && <ErrorBanner message={`The page could not be refreshed: ${error}`} retry={() => void reload()} onDismiss={() => void reload()} />}
        {churned && <ChurnedBanner page={page} onReactivate={() => void reactivate()} />}
        {page.intro && !churned && <IntroBanner intro={page.intro} onIntroduce={() => setDialog({ kind: 'add-touch' })} />}
        <AccountHeader
          page={page}
          actions={
            <>
              {!churned && (
                <>
                  <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'add-touch' })} data-testid="log-touch">
                    Log a touch
                  </button>
                  <button type="button" className="button" onClick={() => setDialog({ kind: 'open-complaint' })} data-testid="header-open-complaint">
                    Open a complaint
                  </button>
                  <button type="button" className="button" onClick={() => setDialog({ kind: 'survey' })} data-testid="header-record-survey">
                    Record answers
                  </button>
                </>
              )}
              <ExportReportButton kind="account" accountId={page.account.id} />
              <MoreMenu
                churned={churned}
                onEdit={() => setDialog({ kind: 'edit-account' })}
                onChurn={() => setDialog({ kind: 'churn' })}
                onReactivate={() => void reactivate()}
              />
            </>
          }
        />
        <div className="account-grid">
          <div className="account-grid__main">
            <FactorBreakdown health={page.health} />
            <ScoreHistory page={page} bands={bands} />
            <Timeline entries={timeline} complaints={page.complaints} actions={churned ? null : timelineActions} onAdd={() => setDialog({ kind: 'add-touch' })} />
          </div>
          <div className="account-grid__side">
            <ComplaintsPanel
              complaints={page.complaints}
              editable={!churned}
              onOpen={() => setDialog({ kind: 'open-complaint' })}
              onSendUpdate={(complaint) => setDialog({ kind: 'update-complaint', complaint })}
              onResolve={(complaint) => setDialog({ kind: 'resolve-complaint', complaint })}
            />
            <CustomerVoice page={page} onRecord={churned ? null : () => setDialog({ kind: 'survey' })} />
            <ContactRhythm page={page} />
          </div>
        </div>
        <AccountDialogs dialog={dialog} page={page} onClose={() => setDialog(null)} onChanged={(message) => void changed(message)} />
      </>
    );
  }

  return (
    <div className="app">
      <AppBar>
        <div className="app-bar__day">
          <time dateTime={asOf}>{formatDayLong(asOf)}</time>
        </div>
        <div className="app-bar__spacer" />
        {refreshing && (
          <span className="today__refreshing" role="status">
            <Spinner size="s" /> Updating…
          </span>
        )}
      </AppBar>
      <main className="account-page" data-testid="account-page" data-account-id={accountId}>
        <nav className="account-page__crumbs" aria-label="Breadcrumb">
          <button type="button" className="link-button" onClick={() => go('accounts')}>
            Accounts
          </button>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">{page?.account.name ?? `Account ${accountId}`}</span>
        </nav>
        {body}
      </main>
    </div>
  );
}

function MoreMenu({ churned, onEdit, onChurn, onReactivate }: { churned: boolean; onEdit: () => void; onChurn: () => void; onReactivate: () => void }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button" aria-label="More actions" data-testid="account-more">
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="account-menu" align="end" sideOffset={4}>
          <DropdownMenu.Item className="account-menu__item" onSelect={onEdit} data-testid="menu-edit">
            Edit account…
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="account-menu__separator" />
          {churned ? (
            <DropdownMenu.Item className="account-menu__item" onSelect={onReactivate} data-testid="menu-reactivate">
              Reactivate
            </DropdownMenu.Item>
          ) : (
            <DropdownMenu.Item className="account-menu__item account-menu__item--danger" onSelect={onChurn} data-testid="menu-churn">
              Mark churned…
            </DropdownMenu.Item>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
