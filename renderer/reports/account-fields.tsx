import { useId } from 'react';
import { Switch } from 'radix-ui';
import type { IsoDay } from '../../shared/domain';
import { AccountPicker, type PickedAccount } from './account-picker';
import { PeriodField } from './period-field';
import type { ReportChoices } from './report-choices';

interface AccountFieldsProps {
  choices: ReportChoices;
  change: (patch: Partial<ReportChoices>) => void;
  account: PickedAccount | null;
  accountLoading: boolean;
  onPickAccount: (account: PickedAccount) => void;
  preferOwner: string | null;
  today: IsoDay;
  /** The backend's suggested next steps for these choices; null while it is on its way. */
  suggestion: string | null;
}

/** What an account update asks for: whose, which days, for whom (customer or team), and what happens next. */
export function AccountFields({ choices, change, account, accountLoading, onPickAccount, preferOwner, today, suggestion }: AccountFieldsProps) {
  const internalId = useId();
  const internalHintId = useId();
  const contactId = useId();
  const stepsId = useId();
  const edited = choices.nextSteps !== null;

  return (
    <>
      <AccountPicker account={account} loading={accountLoading} asOf={today} preferOwner={preferOwner} onPick={onPickAccount} />
      <PeriodField period={choices.period} today={today} onChange={(period) => change({ period })} />
      <div className={`internal-copy${choices.internal ? ' internal-copy--on' : ''}`}>
        <Switch.Root
          id={internalId}
          className="switch"
          checked={choices.internal}
          onCheckedChange={(internal) => change({ internal })}
          aria-describedby={internalHintId}
          data-testid="report-internal"
        >
          <Switch.Thumb className="switch__thumb" />
        </Switch.Root>
        <div>
          <label htmlFor={internalId} className="internal-copy__label">
            Internal copy
          </label>
          <p id={internalHintId} className="internal-copy__hint">
            Adds the health score, band, reasons and account value. For your team only — never send it to the customer.
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={contactId} className="field__label">
          How they reach you <span className="field__optional">(optional)</span>
        </label>
        <input
          id={contactId}
          className="input"
          value={choices.contactLine}
          maxLength={300}
          placeholder="Your email or phone, printed under your name"
          onChange={(event) => change({ contactLine: event.target.value })}
          data-testid="report-contact-line"
        />
      </div>
      <div className="field">
        <div className="field__row">
          <label htmlFor={stepsId} className="field__label">
            Next steps
          </label>
          {edited && (
            <button type="button" className="link-button field__aside" onClick={() => change({ nextSteps: null })} data-testid="report-next-steps-reset">
              Use the suggestion
            </button>
          )}
        </div>
        <textarea
          id={stepsId}
          className="input textarea next-steps"
          rows={5}
          maxLength={5000}
          value={choices.nextSteps ?? suggestion ?? ''}
          placeholder={suggestion === null && !edited ? 'Suggesting next steps…' : 'What happens next, in your words'}
          onChange={(event) => change({ nextSteps: event.target.value })}
          data-testid="report-next-steps"
        />
        <p className="field__hint">{edited ? 'The report uses your words as written.' : 'A suggestion to start from; edit it freely.'}</p>
      </div>
    </>
  );
}
