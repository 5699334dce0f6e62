import { useId } from 'react';
import type { IsoDay } from '../../shared/domain';
import { Select } from '../ui/select';
import { PORTFOLIO_PERIODS, type ReportChoices } from './report-choices';

const EVERYONE = '';

interface PortfolioFieldsProps {
  choices: ReportChoices;
  change: (patch: Partial<ReportChoices>) => void;
  owners: string[];
  today: IsoDay;
}

/** What a portfolio report asks for: whose accounts, as of which day, and how far back movers and pain points look. */
export function PortfolioFields({ choices, change, owners, today }: PortfolioFieldsProps) {
  const ownerId = useId();
  const asOfId = useId();
  const periodId = useId();
  // The owner the dialog was opened for stays offered even before the list of owners arrives.
  const names = choices.owner !== null && !owners.includes(choices.owner) ? [choices.owner, ...owners] : owners;
  return (
    <>
      <div className="field">
        <label htmlFor={ownerId} className="field__label">
          Accounts of
        </label>
        <Select
          id={ownerId}
          value={choices.owner ?? EVERYONE}
          onChange={(value) => change({ owner: value === EVERYONE ? null : value })}
          options={[{ value: EVERYONE, label: 'Everyone' }, ...names.map((name) => ({ value: name, label: name }))]}
          testId="report-owner"
        />
      </div>
      <div className="field-pair">
        <div className="field">
          <label htmlFor={asOfId} className="field__label">
            As of
          </label>
          <input
            id={asOfId}
            className="input"
            type="date"
            value={choices.asOf}
            max={today}
            required
            onChange={(event) => change({ asOf: event.target.value || today })}
            data-testid="report-as-of"
          />
        </div>
        <div className="field">
          <label htmlFor={periodId} className="field__label">
            Changes over
          </label>
          <Select
            id={periodId}
            value={String(choices.periodDays)}
            onChange={(value) => change({ periodDays: Number(value) })}
            options={PORTFOLIO_PERIODS.map((days) => ({ value: String(days), label: `Last ${days} days` }))}
            testId="report-period-days"
          />
        </div>
      </div>
      <p className="field__hint">Movers, pain points and complaint ageing look back over this many days, ending on the as-of day.</p>
    </>
  );
}
