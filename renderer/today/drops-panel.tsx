import { Collapsible } from 'radix-ui';
import { useState, type MouseEvent } from 'react';
import type { ScoreDrop } from '../../shared/api/account-page';
import type { IsoDay } from '../../shared/domain';
import { useNavigation } from '../navigation';
import { BandPill } from '../ui/band-pill';
import { readPreference, writePreference } from '../ui/storage';
import { DROP_DAYS, useScoreDrops } from './use-score-drops';

const OPEN_KEY = 'tend.today.drops.open';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * "Biggest drops this week": the few accounts whose health fell furthest
 * since last week, each one click from its page. Folds away to one line (and
 * stays folded next time) for people who do not want it.
 */
export function DropsPanel({ asOf, owner }: { asOf: IsoDay; owner: string | null }) {
  const drops = useScoreDrops(asOf, owner);
  const [open, setOpen] = useState(() => readPreference(OPEN_KEY, true, isBoolean));
  const toggle = (next: boolean) => {
    setOpen(next);
    writePreference(OPEN_KEY, next);
  };
  const count = drops.state === 'ready' ? drops.drops.length : null;

  return (
    <Collapsible.Root open={open} onOpenChange={toggle} className="drops" data-testid="drops-panel">
      <div className="drops__head">
        <Collapsible.Trigger asChild>
          <button type="button" className="drops__toggle" data-testid="drops-toggle">
            <span className="drops__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="drops__title">Biggest drops this week</span>
            {count !== null && count > 0 && !open && <span className="drops__count">{count}</span>}
          </button>
        </Collapsible.Trigger>
        {open && drops.state === 'ready' && drops.drops.length === 0 && (
          <span className="drops__note" data-testid="drops-empty">
            No account's score fell over the last {DROP_DAYS} days.
          </span>
        )}
        {open && drops.state === 'failed' && <span className="drops__note drops__note--error">Could not load the week's drops: {drops.message}</span>}
      </div>
      <Collapsible.Content>
        {drops.state === 'ready' && drops.drops.length > 0 && (
          <ol className="drops__list" aria-label="Accounts whose score fell most this week">
            {drops.drops.map((drop) => (
              <DropItem key={drop.accountId} drop={drop} showOwner={owner === null} />
            ))}
          </ol>
        )}
      </Collapsible.Content>
    </Collapsible.Root>
  );
}

function DropItem({ drop, showOwner }: { drop: ScoreDrop; showOwner: boolean }) {
  const { go } = useNavigation();
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go({ section: 'account', accountId: drop.accountId });
  };
  return (
    <li className="drops__item" data-testid="drop-item" data-account-id={drop.accountId}>
      <a className="drops__link" href={`#accounts/${drop.accountId}`} onClick={open}>
        <span className="drops__name" title={drop.name}>
          {drop.name}
        </span>
        {showOwner && <span className="drops__owner">{drop.owner}</span>}
        <span className="drops__scores">
          <span className="drops__delta" aria-label={`fell ${Math.abs(drop.delta)} points`}>
            −{Math.abs(Math.round(drop.delta))}
          </span>
          <span className="drops__from-to">
            {Math.round(drop.from.score)} → {Math.round(drop.to.score)}
          </span>
          <BandPill band={drop.to.band} />
        </span>
      </a>
    </li>
  );
}
