import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, DIRECTIONS } from '../domain';
import type { Channel, ComplaintStatus, Direction } from '../domain';
import { zoneOffsetMs } from './dates';
import type { DateFormat } from './dates';
import { FIELD_LABELS, TOUCHPOINT_FIELDS } from './fields';
import type { Mapping, TouchpointField } from './fields';
import { createRowNormaliser } from './normalise-row';
import type { ImportedTouchpoint } from './normalise-row';

/**
 * The normaliser is the inverse of writing a touchpoint the way some export
 * would: any record, written with any of the words, date layouts and zones
 * an export may use, in any column order, reads back as the same record.
 */

const DAY = 86_400_000;
const FROM = Date.UTC(1995, 0, 1);
const TO = Date.UTC(2045, 0, 1);
const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];

const CHANNEL_WORDS: Record<Channel, string[]> = {
  call: ['Phone', 'Call', 'Voice call'], email: ['E-mail', 'Email', 'Mail'], meeting: ['Meeting', 'Zoom', 'Visit'],
  message: ['SMS', 'Chat', 'WhatsApp'], ticket: ['Ticket', 'Case'], survey: ['Survey'], other: ['Other', 'Task'],
};
const DIRECTION_WORDS: Record<Direction, string[]> = { inbound: ['Incoming', 'In', 'IB', 'Received'], outbound: ['Outgoing', 'Out', 'OB', 'Sent'] };
const COMPLAINT_WORDS: Record<ComplaintStatus, string[]> = { open: ['Open', 'Pending', 'On-hold'], resolved: ['Solved', 'Closed', 'Done'] };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A way of writing instants, with the instants it can write exactly. */
interface DateLayout {
  dateFormat: DateFormat;
  zone: string;
  instants: fc.Arbitrary<number>;
  write: (instant: number) => string;
}

/** Wall-clock parts of an instant in a zone. */
function wall(instant: number, zone: string) {
  const d = new Date(instant + zoneOffsetMs(zone, instant));
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
}

/** Instants on a grid, away from daylight-saving changes (where one wall-clock time names two instants). */
function instantsIn(zone: string, step: number): fc.Arbitrary<number> {
  return fc
    .integer({ min: FROM / step, max: TO / step })
    .map((n) => n * step)
    .filter((t) => zoneOffsetMs(zone, t - 3 * 3_600_000) === zoneOffsetMs(zone, t + 3 * 3_600_000));
}

const layoutArb: fc.Arbitrary<DateLayout> = fc.oneof(
  fc.integer({ min: -48, max: 56 }).map((quarters): DateLayout => ({
    dateFormat: 'iso',
    zone: 'Asia/Tokyo',
    instants: fc.integer({ min: FROM, max: TO }),
    write: (t) => {
      const w = wall(t + quarters * 900_000, 'UTC');
      const off = Math.abs(quarters) * 15;
      return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}.${pad(w.ms, 3)}${quarters < 0 ? '-' : '+'}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
    },
  })),
  fc.constantFrom(...ZONES).map((zone): DateLayout => ({
    dateFormat: 'iso', zone, instants: instantsIn(zone, 1000),
    write: (t) => { const w = wall(t, zone); return `${w.y}-${pad(w.mo)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`; },
  })),
  fc.constantFrom(...ZONES).map((zone): DateLayout => ({
    dateFormat: 'dmy', zone, instants: instantsIn(zone, 60_000),
    write: (t) => { const w = wall(t, zone); return `${pad(w.d)}.${pad(w.mo)}.${w.y} ${pad(w.h)}:${pad(w.mi)}`; },
  })),
  fc.constantFrom(...ZONES).map((zone): DateLayout => ({
    dateFormat: 'mdy', zone, instants: instantsIn(zone, 1000),
    write: (t) => {
      const w = wall(t, zone);
      return `${w.mo}/${w.d}/${w.y} ${w.h % 12 === 0 ? 12 : w.h % 12}:${pad(w.mi)}:${pad(w.s)} ${w.h < 12 ? 'AM' : 'PM'}`;
    },
  })),
  fc.constantFrom(...ZONES).map((zone): DateLayout => ({
    dateFormat: 'excel', zone, instants: instantsIn(zone, 1000),
    write: (t) => String((t + zoneOffsetMs(zone, t)) / DAY + 25569),
  })),
  fc.constantFrom('Asia/Tokyo', 'America/Los_Angeles').map((zone): DateLayout => ({
    dateFormat: 'auto', zone, instants: fc.integer({ min: FROM / DAY, max: TO / DAY }).map((d) => d * DAY),
    write: (t) => new Date(t).toUTCString().slice(5, 16),
  })),
);

// Text as exports hold it: accents, punctuation, quotes, delimiters, emoji, inner line breaks (notes).
const CHARS = [...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789éøåüßłç,.;:\'"-/&()!?€$', '😀', 'Zoë'];
const textArb = (lineBreaks = false) =>
  fc
    .string({ unit: fc.constantFrom(...CHARS, ...(lineBreaks ? ['\n', '\t'] : [])), minLength: 1, maxLength: 40 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const caseArb = layoutArb.chain((layout) =>
  fc.record({
    layout: fc.constant(layout),
    record: fc.record({
      account: textArb(),
      accountName: optional(textArb()),
      owner: optional(textArb()),
      occurredAt: layout.instants,
      channel: fc.constantFrom(...CHANNELS),
      direction: fc.constantFrom(...DIRECTIONS),
      person: optional(textArb()),
      subject: optional(textArb()),
      notes: optional(textArb(true)),
      sentiment: optional(fc.double({ min: -1, max: 1, noNaN: true }).map((n) => (n === 0 ? 0 : n))),
      complaint: fc.oneof(
        fc.constant({ complaintStatus: null, resolvedAt: null }),
        fc.constant({ complaintStatus: 'open' as const, resolvedAt: null }),
        optional(layout.instants).map((resolvedAt) => ({ complaintStatus: 'resolved' as const, resolvedAt })),
      ),
      comeBack: optional(fc.integer({ min: 1, max: 5 })),
      refer: optional(fc.integer({ min: 0, max: 10 })),
    }).map(({ complaint, ...rest }): ImportedTouchpoint => ({ ...rest, ...complaint })),
    order: fc.shuffledSubarray([...TOUCHPOINT_FIELDS, 'ignored' as const], { minLength: TOUCHPOINT_FIELDS.length + 1 }),
    words: fc.nat(),
  }),
);

const text = (v: string | null) => v ?? '';

/** One cell per field, written the way an export might. */
function cellFor(field: TouchpointField, r: ImportedTouchpoint, layout: DateLayout, pick: number): string {
  const word = (options: string[]) => options[pick % options.length]!;
  switch (field) {
    case 'account': return r.account;
    case 'account_name': return text(r.accountName);
    case 'owner': return text(r.owner);
    case 'occurred_at': return layout.write(r.occurredAt);
    case 'channel': return word(CHANNEL_WORDS[r.channel]);
    case 'direction': return word(DIRECTION_WORDS[r.direction]);
    case 'person': return text(r.person);
    case 'subject': return text(r.subject);
    case 'notes': return text(r.notes);
    case 'sentiment': return r.sentiment === null ? '' : String(r.sentiment);
    case 'complaint_status': return r.complaintStatus === null ? '' : word(COMPLAINT_WORDS[r.complaintStatus]);
    case 'resolved_at': return r.resolvedAt === null ? '' : layout.write(r.resolvedAt);
    case 'come_back': return r.comeBack === null ? '' : String(r.comeBack);
    case 'refer': return r.refer === null ? '' : String(r.refer);
  }
}

describe('normalise(format(record)) round-trips', () => {
  it('reads back every touchpoint written in any export style', () => {
    fc.assert(
      fc.property(caseArb, ({ layout, record, order, words }) => {
        const header = order.map((field) => (field === 'ignored' ? 'Internal notes' : FIELD_LABELS[field]));
        const mapping: Mapping = {
          kind: 'touchpoints',
          fields: Object.fromEntries(TOUCHPOINT_FIELDS.map((field) => [field, FIELD_LABELS[field]])),
          dateFormat: layout.dateFormat,
          timeZone: layout.zone,
          sentimentScale: 'signed',
        };
        const cells = order.map((field) => (field === 'ignored' ? 'not for Tend' : cellFor(field, record, layout, words)));
        const result = createRowNormaliser(mapping, header)(cells, 7);
        expect(result).toEqual({ ok: true, record });
      }),
      { numRuns: 600 },
    );
  });
});
