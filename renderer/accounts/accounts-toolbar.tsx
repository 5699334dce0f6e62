import { useId, useState } from 'react';
import type { AccountList, AccountViewState } from '../../shared/api/accounts';
import { BAND_LABELS, BANDS, type Band } from '../../shared/domain';
import { SearchIcon } from '../ui/icons';
import { Select, type SelectOption } from '../ui/select';
import { isFiltered } from './account-filters';

interface AccountsToolbarProps {
  list: AccountList;
  view: AccountViewState;
  onChange: (change: Partial<AccountViewState>) => void;
  onClear: () => void;
}

const ANY = '';
type Status = AccountViewState['status'];

/** Narrowing the table: words to look for, owner, tier, band, status, tag, and how long we have been silent. */
export function AccountsToolbar({ list, view, onChange, onClear }: AccountsToolbarProps) {
  const searchId = useId();
  return (
    <div className="toolbar accounts-toolbar" role="search" aria-label="Filter accounts">
      <label htmlFor={searchId} className="sr-only">
        Search accounts
      </label>
      <div className="search accounts-toolbar__search">
        <span className="search__icon">
          <SearchIcon />
        </span>
        <input
          id={searchId}
          type="search"
          className="input search__input"
          placeholder="Search accounts"
          value={view.search}
          onChange={(event) => onChange({ search: event.target.value })}
          data-testid="accounts-search"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <FilterSelect label="Owner" anyLabel="All owners" value={view.owner} options={list.owners} onChange={(owner) => onChange({ owner })} testId="filter-owner" />
      <FilterSelect label="Tier" anyLabel="All tiers" value={view.tier} options={list.tiers} onChange={(tier) => onChange({ tier })} testId="filter-tier" />
      <FilterSelect
        label="Band"
        anyLabel="All bands"
        value={view.band}
        options={BANDS.toReversed()}
        optionLabel={(band) => BAND_LABELS[band as Band]}
        onChange={(band) => onChange({ band: band as Band | null })}
        testId="filter-band"
      />
      <FilterSelect
        label="Status"
        anyLabel="Any status"
        value={view.status === 'all' ? null : view.status}
        options={['active', 'churned']}
        optionLabel={(status) => (status === 'active' ? 'Active only' : 'Churned only')}
        onChange={(status) => onChange({ status: (status ?? 'all') as Status })}
        testId="filter-status"
      />
      <FilterSelect label="Tag" anyLabel="All tags" value={view.tag} options={list.tags} onChange={(tag) => onChange({ tag })} testId="filter-tag" />
      <SilenceFilter days={view.noContactDays} onChange={(noContactDays) => onChange({ noContactDays })} />
      {isFiltered(view) && (
        <button type="button" className="button button--ghost button--small" onClick={onClear} data-testid="clear-filters">
          Clear filters
        </button>
      )}
    </div>
  );
}

interface FilterSelectProps {
  label: string;
  anyLabel: string;
  value: string | null;
  options: readonly string[];
  optionLabel?: (option: string) => string;
  onChange: (value: string | null) => void;
  testId: string;
}

function FilterSelect({ label, anyLabel, value, options, optionLabel = (option) => option, onChange, testId }: FilterSelectProps) {
  // A saved view may name an owner or tag that no account has any more: keep it choosable so the select shows the truth.
  const shown = value !== null && !options.includes(value) ? [value, ...options] : options;
  const choices: SelectOption<string>[] = [{ value: ANY, label: anyLabel }, ...shown.map((option) => ({ value: option, label: optionLabel(option) }))];
  return (
    <Select
      value={value ?? ANY}
      onChange={(next) => onChange(next === ANY ? null : next)}
      options={choices}
      ariaLabel={label}
      testId={testId}
      className={`accounts-toolbar__select${value !== null ? ' accounts-toolbar__select--set' : ''}`}
    />
  );
}

const shownDays = (value: number | null) => (value === null ? '' : String(value));

/** "No contact for more than N days": empty means no such filter. */
function SilenceFilter({ days, onChange }: { days: number | null; onChange: (days: number | null) => void }) {
  const id = useId();
  // What was typed, and for which number: a saved view or "Clear filters" changing the number from outside wins.
  const [typed, setTyped] = useState({ text: shownDays(days), days });
  const text = typed.days === days ? typed.text : shownDays(days);
  const commit = (input: string) => {
    const trimmed = input.trim();
    const next = trimmed === '' ? null : /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : days;
    setTyped({ text: input, days: next });
    if (next !== days) onChange(next);
  };
  const invalid = text.trim() !== '' && !/^\d{1,5}$/.test(text.trim());
  return (
    <div className={`silence-filter${days !== null ? ' silence-filter--set' : ''}`}>
      <label htmlFor={id} className="silence-filter__label">
        No contact for over
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="input silence-filter__input"
        placeholder="—"
        value={text}
        onChange={(event) => commit(event.target.value)}
        aria-invalid={invalid}
        title={invalid ? 'Type a whole number of days, or leave it empty for no limit.' : undefined}
        data-testid="filter-no-contact"
      />
      <span className="silence-filter__unit">days</span>
    </div>
  );
}
