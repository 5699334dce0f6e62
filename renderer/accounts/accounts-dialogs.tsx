import type { AccountList, AccountListRow, AccountViewState, Handover, SavedView } from '../../shared/api/accounts';
import type { IsoDay } from '../../shared/domain';
import { useNavigation } from '../navigation';
import { plural } from '../ui/format';
import { useToast } from '../ui/toast';
import { showOwnerNext } from '../today/use-owner-preference';
import { describeFilters } from './account-filters';
import { AccountDialog } from './account-dialog';
import { ChurnDialog } from './churn-dialog';
import { COLUMN_LABELS, isAccountColumnId } from './column-ids';
import { HandoverDialog } from './handover-dialog';
import { SaveViewDialog } from './save-view-dialog';
import type { useSavedViews } from './use-saved-views';

export type AccountsDialog =
  | { kind: 'create' }
  | { kind: 'edit'; account: AccountListRow }
  | { kind: 'churn'; account: AccountListRow }
  | { kind: 'handover'; accounts: readonly AccountListRow[] }
  | { kind: 'save-view' };

interface AccountsDialogsProps {
  dialog: AccountsDialog | null;
  asOf: IsoDay;
  list: AccountList;
  view: AccountViewState;
  savedViews: ReturnType<typeof useSavedViews>;
  currentSaved: SavedView | null;
  onClose: () => void;
  /** Accounts changed: close the dialog and fetch the table again. */
  onChanged: () => Promise<void>;
  onViewSaved: (view: SavedView) => void;
  onHandedOver: () => void;
}

/** The accounts screen's dialogs, and the confirmation each success ends with. */
export function AccountsDialogs({ dialog, asOf, list, view, savedViews, currentSaved, onClose, onChanged, onViewSaved, onHandedOver }: AccountsDialogsProps) {
  const toast = useToast();
  const { go } = useNavigation();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'create':
    case 'edit':
      return (
        <AccountDialog
          account={dialog.kind === 'edit' ? dialog.account : undefined}
          asOf={asOf}
          choices={list}
          onClose={onClose}
          onSaved={(account, created) => {
            void onChanged();
            toast(
              created
                ? { message: `Created ${account.name} for ${account.owner}.`, action: { label: 'Open', run: () => go({ section: 'account', accountId: account.id }) } }
                : { message: `Saved the changes to ${account.name}.` },
            );
          }}
        />
      );
    case 'churn':
      return (
        <ChurnDialog
          account={dialog.account}
          asOf={asOf}
          onClose={onClose}
          onChurned={(account) => {
            void onChanged();
            toast({ message: `Marked ${account.name} churned. It no longer appears on today's lists.`, tone: 'info' });
          }}
        />
      );
    case 'handover':
      return (
        <HandoverDialog
          accounts={dialog.accounts}
          owners={list.owners}
          asOf={asOf}
          onClose={onClose}
          onHandedOver={(to: string, handovers: Handover[]) => {
            const moved = handovers.reduce((sum, handover) => sum + handover.accountIds.length, 0);
            onHandedOver();
            void onChanged();
            toast({
              message: `Handed ${plural(moved, 'account')} over to ${to}. Each waits on ${to}'s list with an “Introduce yourself” item.`,
              action: {
                label: `Show ${to}'s list`,
                run: () => {
                  showOwnerNext(to);
                  go('today');
                },
              },
            });
          }}
        />
      );
    case 'save-view': {
      const filters = describeFilters(view);
      const sortWords = view.sort.length > 0 ? `sorted by ${view.sort.map((s) => `${isAccountColumnId(s.id) ? COLUMN_LABELS[s.id] : s.id}${s.desc ? ' (descending)' : ''}`).join(', then ')}` : null;
      const summary = [filters.length > 0 ? `Keeps ${filters.join(', ')}` : 'Keeps every account', sortWords].filter(Boolean).join(', ');
      return (
        <SaveViewDialog
          views={savedViews.views}
          initialName={currentSaved?.name ?? ''}
          summary={`${summary}, and the columns shown.`}
          onSave={async (name) => onViewSaved(await savedViews.save(name, view))}
          onClose={onClose}
        />
      );
    }
  }
}
