import { useId, useState } from 'react';
import type { AccountListRow, Handover } from '../../shared/api/accounts';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { plural } from '../ui/format';
import { ModalDialog } from '../ui/modal-dialog';
import { planHandover } from './handover-plan';

interface HandoverDialogProps {
  accounts: readonly AccountListRow[];
  owners: readonly string[];
  asOf: IsoDay;
  onClose: () => void;
  /** Every batch that went through, and the new owner. */
  onHandedOver: (to: string, handovers: Handover[]) => void;
}

/**
 * Reassign accounts to another owner (someone leaving, a territory change).
 * Each account gets an "introduce yourself" item on the new owner's list.
 */
export function HandoverDialog({ accounts, owners, asOf, onClose, onHandedOver }: HandoverDialogProps) {
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toId = useId();
  const ownersId = useId();
  const plan = planHandover(accounts, to);
  const fromOwners = [...new Set(accounts.filter((a) => a.status === 'active').map((a) => a.owner))];
  const isNewOwner = to.trim() !== '' && !owners.includes(to.trim());

  const submit = async () => {
    const target = to.trim();
    if (target === '') {
      setError('Say who takes the accounts over: pick an owner or type a new name.');
      return;
    }
    if (plan.moving === 0) {
      setError(`${target} already looks after ${accounts.length === 1 ? 'this account' : 'every active account chosen'}; pick someone else.`);
      return;
    }
    setBusy(true);
    setError(null);
    const done: Handover[] = [];
    try {
      // One call per current owner; each is a transaction of its own in the backend.
      for (const batch of plan.batches) done.push(await call('accounts.handover', { from: batch.from, to: target, accountIds: batch.accountIds, asOf }));
      onHandedOver(target, done);
    } catch (failure) {
      const moved = done.reduce((sum, handover) => sum + handover.accountIds.length, 0);
      setError(moved > 0 ? `${plural(moved, 'account')} moved to ${target}, but the rest did not: ${errorMessage(failure)}` : errorMessage(failure));
      setBusy(false);
      if (moved > 0) onHandedOver(target, done);
    }
  };

  const subject = accounts.length === 1 ? accounts[0]!.name : plural(accounts.length, 'account');
  return (
    <ModalDialog
      title={`Hand over ${subject}`}
      subtitle={fromOwners.length > 0 ? `Now looked after by ${fromOwners.join(', ')}.` : undefined}
      testId="handover-dialog"
      submitLabel={plan.moving > 1 ? `Hand over ${plan.moving} accounts` : 'Hand over'}
      submitTestId="handover-submit"
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={toId} className="field__label">
          New owner
        </label>
        <input
          id={toId}
          className="input"
          list={ownersId}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          placeholder="Pick an owner or type a new name"
          autoFocus
          autoComplete="off"
          data-testid="handover-to"
        />
        <datalist id={ownersId}>
          {owners.map((owner) => (
            <option key={owner} value={owner} />
          ))}
        </datalist>
        {isNewOwner && <p className="account-form__hint">{to.trim()} is new to Tend: they get their own list from today.</p>}
      </div>
      <ul className="handover-summary" data-testid="handover-summary">
        <li>
          {to.trim() === '' ? 'Each account moved' : `Each of the ${plural(plan.moving, 'account')}`} gets an “Introduce yourself” item on{' '}
          {to.trim() === '' ? 'the new owner’s' : `${to.trim()}’s`} list until a touch is logged.
        </li>
        <li>The hand-over is written on each account’s timeline.</li>
        {plan.churned > 0 && <li>{plural(plan.churned, 'churned account')} {plan.churned === 1 ? 'stays where it is: reactivate it' : 'stay where they are: reactivate them'} first.</li>}
        {plan.alreadyTheirs > 0 && <li>{plural(plan.alreadyTheirs, 'account')} already {plan.alreadyTheirs === 1 ? 'belongs' : 'belong'} to {to.trim()}.</li>}
      </ul>
    </ModalDialog>
  );
}
