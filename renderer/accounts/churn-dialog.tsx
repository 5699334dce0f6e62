import { useId, useState } from 'react';
import type { AccountListRow, AccountRecord } from '../../shared/api/accounts';
import { isIsoDay } from '../../shared/dates';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { ModalDialog } from '../ui/modal-dialog';

interface ChurnDialogProps {
  account: AccountListRow;
  asOf: IsoDay;
  onClose: () => void;
  onChurned: (account: AccountRecord) => void;
}

/** Mark an account churned: the day it left and why. It leaves today's list and is no longer scored. */
export function ChurnDialog({ account, asOf, onClose, onChurned }: ChurnDialogProps) {
  const [on, setOn] = useState<IsoDay>(asOf);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dayId = useId();
  const reasonId = useId();

  const submit = async () => {
    if (!isIsoDay(on)) {
      setError('Enter the day the customer left.');
      return;
    }
    if (on > asOf) {
      setError('The churn day cannot be in the future. Pick today or an earlier day.');
      return;
    }
    if (reason.trim() === '') {
      setError('Say why the customer left, in a few words: it helps the next person who looks at this account.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChurned(await call('accounts.churn', { accountId: account.id, on, reason: reason.trim() }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={`Mark ${account.name} churned`}
      subtitle="It leaves today's lists and is no longer scored; its history stays, and you can reactivate it later."
      testId="churn-dialog"
      tone="danger"
      submitLabel="Mark churned"
      submitTestId="churn-submit"
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={dayId} className="field__label">
          Churned on
        </label>
        <input id={dayId} type="date" className="input" value={on} max={asOf} onChange={(event) => setOn(event.target.value)} data-testid="churn-date" />
      </div>
      <div className="field">
        <label htmlFor={reasonId} className="field__label">
          Reason
        </label>
        <textarea
          id={reasonId}
          className="input textarea"
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          placeholder="e.g. Moved to a competitor after the price rise"
          autoFocus
          data-testid="churn-reason"
        />
      </div>
    </ModalDialog>
  );
}
