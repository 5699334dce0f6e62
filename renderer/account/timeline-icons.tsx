import type { TimelineEntry } from '../../shared/api/account-page';
import type { Channel, Direction } from '../../shared/domain';

type EventKind = Extract<TimelineEntry, { kind: 'event' }>['event'];

const STROKE = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const CHANNEL_PATHS: Record<Channel, string[]> = {
  call: ['M5.5 2.5h-2a1 1 0 0 0-1 1.1 11 11 0 0 0 9.9 9.9 1 1 0 0 0 1.1-1v-2l-2.6-1.1-1.3 1.3a7.5 7.5 0 0 1-3.3-3.3l1.3-1.3Z'],
  email: ['M2.5 4h11v8h-11Z', 'm2.5 4.5 5.5 4 5.5-4'],
  meeting: ['M5.5 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM1.8 13a3.7 3.7 0 0 1 7.4 0', 'M11 7.2a1.7 1.7 0 1 0 0-3.4M11.6 9.4A3.3 3.3 0 0 1 14.2 13'],
  message: ['M2.5 3.5h11v7.5h-6l-3 2.5V11h-2Z'],
  ticket: ['M2.5 4.5h11v2a1.5 1.5 0 0 0 0 3v2h-11v-2a1.5 1.5 0 0 0 0-3Z', 'M10 4.5v7'],
  survey: ['M4 2.5h8v11H4Z', 'M6 6h4M6 8.5h4M6 11h2'],
  other: ['M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11Z', 'M8 7.5v.01'],
};

const EVENT_PATHS: Record<EventKind, string[]> = {
  created: ['M8 3v10M3 8h10'],
  updated: ['M10.5 3 13 5.5 6 12.5H3.5V10Z'],
  handover: ['M3 5.5h9l-2.5-2.5', 'M13 10.5H4l2.5 2.5'],
  churned: ['M4 4l8 8M12 4l-8 8'],
  reactivated: ['M12.5 8A4.5 4.5 0 1 1 11 4.6', 'M12.5 2.5v2.8H9.7'],
};

function PathIcon({ paths }: { paths: string[] }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} {...STROKE} />
      ))}
    </svg>
  );
}

/** The channel's pictogram (decorative: the entry says the channel in words too). */
export function ChannelIcon({ channel }: { channel: Channel }) {
  return <PathIcon paths={CHANNEL_PATHS[channel]} />;
}

export function EventIcon({ event }: { event: EventKind }) {
  return <PathIcon paths={EVENT_PATHS[event]} />;
}

/** An arrow pointing out (we reached out) or in (they contacted us), with the direction in words for screen readers. */
export function DirectionArrow({ direction }: { direction: Direction }) {
  const outbound = direction === 'outbound';
  return (
    <span className={`direction direction--${direction}`} title={outbound ? 'We reached out' : 'They contacted us'}>
      <svg className="icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d={outbound ? 'M3 9l6-6M4.5 3H9v4.5' : 'M9 3 3 9M7.5 9H3V4.5'} {...STROKE} />
      </svg>
      <span className="sr-only">{outbound ? 'outbound' : 'inbound'}</span>
    </span>
  );
}
