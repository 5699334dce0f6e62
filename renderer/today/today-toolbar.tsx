import { useId } from 'react';
import { BAND_LABELS, BANDS, type Band } from '../../shared/domain';
import { SearchIcon } from '../ui/icons';
import { ColumnsMenu } from './columns-menu';
import type { TodayTable } from './use-today-table';

interface TodayToolbarProps {
  table: TodayTable;
  search: string;
  onSearchChange: (text: string) => void;
  band: Band | null;
  onBandChange: (band: Band | null) => void;
}

const ALL_BANDS = '';

/** Narrowing the list: words to look for, a band, which columns to show. */
export function TodayToolbar({ table, search, onSearchChange, band, onBandChange }: TodayToolbarProps) {
  const searchId = useId();
  const bandId = useId();
  return (
    <div className="toolbar" role="search">
      <label htmlFor={searchId} className="sr-only">
        Filter accounts
      </label>
      <div className="search">
        <span className="search__icon">
          <SearchIcon />
        </span>
        <input
          id={searchId}
          type="search"
          className="input search__input"
          placeholder="Filter by account, id or reason"
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
          data-testid="filter-input"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <label htmlFor={bandId} className="sr-only">
        Band
      </label>
      <select
        id={bandId}
        className="select"
        value={band ?? ALL_BANDS}
        onChange={(event) => onBandChange(event.target.value === ALL_BANDS ? null : (event.target.value as Band))}
        data-testid="band-filter"
      >
        <option value={ALL_BANDS}>All bands</option>
        {BANDS.toReversed().map((b) => (
          <option key={b} value={b}>
            {BAND_LABELS[b]}
          </option>
        ))}
      </select>
      <div className="toolbar__spacer" />
      <ColumnsMenu table={table} />
    </div>
  );
}
