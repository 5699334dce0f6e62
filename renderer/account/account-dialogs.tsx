import type { AccountPage, ComplaintInfo, TimelineTouchpoint } from '../../shared/api/account-page';
import { AccountDialog as EditAccountDialog } from '../accounts/account-dialog';
import { ChurnDialog } from '../accounts/churn-dialog';
import { call } from '../platform/client';
import { ComplaintResolveDialog, ComplaintUpdateDialog, OpenComplaintDialog } from '../touchpoints/complaint-dialogs';
import { ConfirmDialog } from '../touchpoints/confirm-dialog';
import { CHANNEL_LABELS } from '../touchpoints/labels';
import { SurveyDialog } from '../touchpoints/survey-dialog';
import { TouchpointDialog } from '../touchpoints/touchpoint-dialog';
import { formatMoment } from './account-format';
import { accountRowOf } from './account-row';
import { useEditChoices } from './use-edit-choices';

/** The one dialog open on the account page, if any. */
export type AccountDialog =
  | { kind: 'add-touch' }
  | { kind: 'edit-touch'; touchpoint: TimelineTouchpoint }
  | { kind: 'delete-touch'; touchpoint: TimelineTouchpoint }
  | { kind: 'open-complaint' }
  | { kind: 'update-complaint'; complaint: ComplaintInfo }
  | { kind: 'resolve-complaint'; complaint: ComplaintInfo }
  | { kind: 'survey' }
  | { kind: 'edit-account' }
  | { kind: 'churn' };

interface AccountDialogsProps {
  dialog: AccountDialog | null;
  page: AccountPage;
  onClose: () => void;
  /** After a change: close, fetch the page again, and say what happened. */
  onChanged: (message: string) => void;
}

export function AccountDialogs({ dialog, page, onClose, onChanged }: AccountDialogsProps) {
  if (!dialog) return null;
  const { account, asOf } = page;
  const subtitle = `${account.name} · ${account.externalId} · ${account.owner}`;
  switch (dialog.kind) {
    case 'add-touch':
      return <TouchpointDialog accountId={account.id} subtitle={subtitle} asOf={asOf} onClose={onClose} onSaved={onChanged} />;
    case 'edit-touch':
      return <TouchpointDialog accountId={account.id} subtitle={subtitle} asOf={asOf} touchpoint={dialog.touchpoint} onClose={onClose} onSaved={onChanged} />;
    case 'delete-touch': {
      const { touchpoint } = dialog;
      const what = `${CHANNEL_LABELS[touchpoint.channel].toLowerCase()} of ${formatMoment(touchpoint.occurredAt)}`;
      const isComplaint = touchpoint.complaintStatus !== null;
      return (
        <ConfirmDialog
          title={isComplaint ? 'Delete this complaint?' : 'Delete this touch?'}
          message={`The ${what} will be removed from ${account.name}'s timeline and the account re-scored.${isComplaint ? ' The calls and emails that answered it stay on the timeline, no longer tied to it.' : ''} This cannot be undone.`}
          confirmLabel="Delete"
          busyLabel="Deleting…"
          testId="delete-touchpoint-dialog"
          onConfirm={async () => {
            await call('touchpoints.delete', { touchpointId: touchpoint.id, asOf });
            onChanged(`Deleted the ${what}.`);
          }}
          onClose={onClose}
        />
      );
    }
    case 'open-complaint':
      return <OpenComplaintDialog accountId={account.id} subtitle={subtitle} asOf={asOf} onClose={onClose} onOpened={onChanged} />;
    case 'update-complaint':
      return <ComplaintUpdateDialog complaint={dialog.complaint} asOf={asOf} onClose={onClose} onDone={onChanged} />;
    case 'resolve-complaint':
      return <ComplaintResolveDialog complaint={dialog.complaint} asOf={asOf} onClose={onClose} onDone={onChanged} />;
    case 'survey':
      return <SurveyDialog accountId={account.id} subtitle={subtitle} asOf={asOf} onClose={onClose} onRecorded={onChanged} />;
    case 'edit-account':
      return <EditAccount page={page} onClose={onClose} onChanged={onChanged} />;
    case 'churn':
      return (
        <ChurnDialog
          account={accountRowOf(page)}
          asOf={asOf}
          onClose={onClose}
          onChurned={(churned) => onChanged(`Marked ${churned.name} churned. It no longer appears on today's lists.`)}
        />
      );
  }
}

/** The accounts screen's edit dialog, with owners and tiers to suggest. */
function EditAccount({ page, onClose, onChanged }: { page: AccountPage; onClose: () => void; onChanged: (message: string) => void }) {
  const choices = useEditChoices(page.account);
  return (
    <EditAccountDialog
      account={accountRowOf(page)}
      asOf={page.asOf}
      choices={choices}
      onClose={onClose}
      onSaved={(saved) => onChanged(`Saved the changes to ${saved.name}.`)}
    />
  );
}
