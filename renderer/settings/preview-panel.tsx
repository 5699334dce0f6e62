import { useId, useState } from 'react';
import type { HealthPreview, RankChange } from '../../shared/api/settings';
import { BAND_LABELS } from '../../shared/domain';
import { BandPill } from '../ui/band-pill';
import { formatCount, formatMoney, plural } from '../ui/format';
import { Select } from '../ui/select';
import { Spinner } from '../ui/spinner';
import type { PreviewState } from './use-health-preview';

const EVERYONE = '';

interface PreviewPanelProps {
  preview: PreviewState;
  owners: readonly string[];
  owner: string | null;
  onOwnerChange: (owner: string | null) => void;
  /** The form has problems: there is nothing to preview until they are fixed. */
  blocked: boolean;
  /** The form differs from the saved settings. */
  dirty: boolean;
}

/** Today's list as it would be with the settings in the form: who joins, who leaves, who moves up or down. */
export function PreviewPanel({ preview, owners, owner, onOwnerChange, blocked, dirty }: PreviewPanelProps) {
  const ownerId = useId();
  const [onlyMoves, setOnlyMoves] = useState(false);
  const shown = preview.state === 'ready' ? preview.preview : preview.state === 'loading' || preview.state === 'failed' ? preview.last : null;
  const rows = shown ? (onlyMoves ? shown.rows.filter(moved) : shown.rows) : [];
  return (
    <section className="card settings-card health-preview" aria-labelledby="preview-title" data-testid="preview-panel" aria-busy={preview.state === 'loading'}>
      <header className="health-preview__head">
        <div>
          <h2 id="preview-title" className="settings-card__title">
            Today's list with these settings
          </h2>
          <p className="settings-card__lead">{dirty ? 'Nothing is saved yet: this is how the list would change.' : 'Change a setting to see how the list would change.'}</p>
        </div>
        <div className="health-preview__owner">
          <label htmlFor={ownerId} className="health-preview__owner-label">
            List of
          </label>
          <Select
            id={ownerId}
            value={owner ?? EVERYONE}
            onChange={(value) => onOwnerChange(value === EVERYONE ? null : value)}
            options={[{ value: EVERYONE, label: 'Everyone' }, ...owners.map((name) => ({ value: name, label: name }))]}
            testId="preview-owner"
          />
        </div>
      </header>
      {blocked ? (
        <p className="health-preview__note">Fix the settings marked in red to see the preview.</p>
      ) : preview.state === 'failed' ? (
        <p className="health-preview__note health-preview__note--error" role="alert">
          The preview could not be worked out: {preview.message}
        </p>
      ) : !shown ? (
        <p className="health-preview__note">
          <Spinner size="s" /> Re-scoring every account…
        </p>
      ) : (
        <div className={preview.state === 'loading' ? 'health-preview__body health-preview__body--stale' : 'health-preview__body'}>
          <Summary preview={shown} />
          {shown.problems.length > 0 && (
            <ul className="health-preview__problems" role="alert">
              {shown.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <label className="check health-preview__filter">
            <input type="checkbox" checked={onlyMoves} onChange={(event) => setOnlyMoves(event.target.checked)} data-testid="preview-only-moves" />
            Only accounts that move
          </label>
          <RankTable rows={rows} />
        </div>
      )}
    </section>
  );
}

function Summary({ preview }: { preview: HealthPreview }) {
  const change = preview.onListAfter - preview.onListBefore;
  return (
    <div className="health-preview__summary" data-testid="preview-summary">
      <div className="health-preview__figure">
        <span className="health-preview__number" data-testid="preview-on-list">
          {formatCount(preview.onListBefore)} → {formatCount(preview.onListAfter)}
        </span>
        <span className="health-preview__caption">accounts on the list{change !== 0 ? ` (${change > 0 ? '+' : '−'}${formatCount(Math.abs(change))})` : ''}</span>
      </div>
      <div className="health-preview__figure">
        <span className={`health-preview__number health-preview__number--join${preview.joining > 0 ? ' health-preview__number--some' : ''}`} data-testid="preview-joining">
          +{formatCount(preview.joining)}
        </span>
        <span className="health-preview__caption">joining</span>
      </div>
      <div className="health-preview__figure">
        <span className={`health-preview__number health-preview__number--leave${preview.leaving > 0 ? ' health-preview__number--some' : ''}`} data-testid="preview-leaving">
          −{formatCount(preview.leaving)}
        </span>
        <span className="health-preview__caption">leaving</span>
      </div>
    </div>
  );
}

const moved = (row: RankChange) => row.rankBefore !== row.rankAfter || row.bandBefore !== row.bandAfter;

function RankTable({ rows }: { rows: readonly RankChange[] }) {
  if (rows.length === 0) return <p className="health-preview__note">No account on the list moves.</p>;
  return (
    <div className="health-preview__table-wrap">
      <table className="health-preview__table" data-testid="preview-table">
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Account</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">Band</th>
            <th scope="col" className="num">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.accountId} data-testid="preview-row" data-account-id={row.accountId} className={row.rankBefore === null ? 'health-preview__row--new' : undefined}>
              <td>
                <RankMove before={row.rankBefore} after={row.rankAfter} />
              </td>
              <td className="health-preview__account">
                <span className="health-preview__name" data-testid="preview-name" title={row.name}>{row.name}</span>
                <span className="health-preview__owner-name">{row.owner}</span>
              </td>
              <td className="num">
                {row.scoreBefore === row.scoreAfter ? row.scoreAfter : `${row.scoreBefore} → ${row.scoreAfter}`}
              </td>
              <td>
                <span className="health-preview__bands">
                  <BandPill band={row.bandAfter} />
                  {row.bandBefore !== row.bandAfter && <span className="health-preview__was">was {BAND_LABELS[row.bandBefore]}</span>}
                </span>
              </td>
              <td className="num">{formatMoney(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const rank = (n: number | null) => (n === null ? 'off' : `#${n}`);

/** "#3 → #1 ↑2", "new → #4", or "#5" when it stays put. */
function RankMove({ before, after }: { before: number | null; after: number | null }) {
  if (before === after) return <span className="preview-rank">{rank(after)}</span>;
  const shift = before !== null && after !== null ? before - after : null;
  return (
    <span className="preview-rank preview-rank--moved" data-testid="rank-move">
      {before === null ? <span className="preview-rank__new" data-testid="preview-new">new</span> : rank(before)} → {rank(after)}
      {shift !== null && shift !== 0 && (
        <span className={shift > 0 ? 'preview-rank__shift preview-rank__shift--up' : 'preview-rank__shift preview-rank__shift--down'} aria-label={`${plural(Math.abs(shift), 'place')} ${shift > 0 ? 'up' : 'down'}`}>
          {shift > 0 ? '↑' : '↓'}
          {Math.abs(shift)}
        </span>
      )}
    </span>
  );
}
