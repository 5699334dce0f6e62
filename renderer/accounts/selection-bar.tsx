import type { AccountListRow } from '../../shared/api/accounts';
import { plural } from '../ui/format';

interface SelectionBarProps {
  selected: readonly AccountListRow[];
  /** The rows the view shows, to say how many selected ones the filters hide. */
  shown: readonly AccountListRow[];
  onHandOver: () => void;
  onClear: () => void;
}

/** What can be done with the selected accounts: hand them over, or let go of the selection. */
export function SelectionBar({ selected, shown, onHandOver, onClear }: SelectionBarProps) {
  const shownIds = new Set(shown.map((row) => row.id));
  const hidden = selected.filter((row) => !shownIds.has(row.id)).length;
  return (
    <div className="selection-bar" role="region" aria-label="Selected accounts" data-testid="selection-bar">
      <span className="selection-bar__count" data-testid="selection-count">
        {plural(selected.length, 'account')} selected
        {hidden > 0 && <span className="selection-bar__hidden"> ({hidden} hidden by the filters)</span>}
      </span>
      <button type="button" className="button button--small button--primary" onClick={onHandOver} data-testid="handover-selected">
        Hand over…
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onClear} data-testid="clear-selection">
        Clear selection
      </button>
    </div>
  );
}
