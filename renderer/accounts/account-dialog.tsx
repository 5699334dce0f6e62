import { useId, useState, type ReactNode } from 'react';
import type { AccountList, AccountListRow, AccountRecord } from '../../shared/api/accounts';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { ModalDialog } from '../ui/modal-dialog';
import { changedFields, EMPTY_FORM, formFromAccount, readAccountForm, type AccountForm, type AccountFormErrors } from './account-form';
import { formatDay } from './format-day';
import { TagInput } from './tag-input';

interface AccountDialogProps {
  /** The account to edit; absent to create one. */
  account?: AccountListRow;
  asOf: IsoDay;
  /** Owners, tiers and tags already in use, offered as suggestions. */
  choices: Pick<AccountList, 'owners' | 'tiers' | 'tags'>;
  onClose: () => void;
  onSaved: (account: AccountRecord, created: boolean) => void;
}

/** Create an account, or edit one's name, CRM id, owner, tier, value and tags. */
export function AccountDialog({ account, asOf, choices, onClose, onSaved }: AccountDialogProps) {
  const [form, setForm] = useState<AccountForm>(() => (account ? formFromAccount(account) : EMPTY_FORM));
  const [errors, setErrors] = useState<AccountFormErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), externalId: useId(), owner: useId(), tier: useId(), value: useId(), tags: useId(), owners: useId(), tiers: useId() };
  const set = (change: Partial<AccountForm>) => setForm((old) => ({ ...old, ...change }));

  const submit = async () => {
    const { fields, errors: found } = readAccountForm(form);
    setErrors(found);
    if (!fields) return;
    setBusy(true);
    setError(null);
    try {
      if (account) {
        const changes = changedFields(account, fields);
        if (Object.keys(changes).length === 0) {
          onClose();
          return;
        }
        onSaved(await call('accounts.update', { accountId: account.id, changes }), false);
      } else {
        onSaved(await call('accounts.create', { account: fields, asOf }), true);
      }
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={account ? `Edit ${account.name}` : 'New account'}
      subtitle={account ? `${account.externalId} · created ${formatDay(account.createdOn)}` : 'Tend starts scoring it today; log its first touch from the account page.'}
      testId="account-dialog"
      submitLabel={account ? 'Save changes' : 'Create account'}
      submitTestId="account-submit"
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="account-form">
        <Field id={ids.name} label="Name" error={errors.name} wide>
          <input id={ids.name} className="input" value={form.name} onChange={(e) => set({ name: e.target.value })} autoFocus data-testid="account-name-input" aria-invalid={!!errors.name} />
        </Field>
        <Field id={ids.owner} label="Owner" error={errors.owner}>
          <input id={ids.owner} className="input" list={ids.owners} value={form.owner} onChange={(e) => set({ owner: e.target.value })} data-testid="account-owner-input" aria-invalid={!!errors.owner} />
          <datalist id={ids.owners}>
            {choices.owners.map((owner) => (
              <option key={owner} value={owner} />
            ))}
          </datalist>
        </Field>
        <Field id={ids.tier} label="Tier" error={errors.tier}>
          <input id={ids.tier} className="input" list={ids.tiers} value={form.tier} onChange={(e) => set({ tier: e.target.value })} data-testid="account-tier-input" aria-invalid={!!errors.tier} />
          <datalist id={ids.tiers}>
            {choices.tiers.map((tier) => (
              <option key={tier} value={tier} />
            ))}
          </datalist>
        </Field>
        <Field id={ids.value} label="Value" error={errors.value}>
          <input id={ids.value} className="input" inputMode="decimal" value={form.value} onChange={(e) => set({ value: e.target.value })} placeholder="e.g. 12000" data-testid="account-value-input" aria-invalid={!!errors.value} />
        </Field>
        <Field id={ids.externalId} label="CRM id" optional={!account} error={errors.externalId}>
          <input
            id={ids.externalId}
            className="input"
            value={form.externalId}
            onChange={(e) => set({ externalId: e.target.value })}
            placeholder={account ? undefined : 'Tend makes one up'}
            data-testid="account-external-id-input"
          />
        </Field>
        <Field id={ids.tags} label="Tags" optional wide>
          <TagInput id={ids.tags} tags={form.tags} suggestions={choices.tags} onChange={(tags) => set({ tags })} />
        </Field>
      </div>
    </ModalDialog>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  optional?: boolean;
  wide?: boolean;
  children: ReactNode;
}

function Field({ id, label, error, optional, wide, children }: FieldProps) {
  return (
    <div className={`field${wide ? ' account-form__wide' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      {children}
      {error && (
        <p className="account-form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
