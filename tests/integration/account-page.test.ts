import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { recordEvent } from '../../electron/backend/db/account-events-repo';
import { runBulk } from '../../electron/backend/db/bulk';
import { upsertIntros } from '../../electron/backend/db/handover-repo';
import { touchpointInsertQuery } from '../../electron/backend/db/touchpoints-repo';
import { addDays, asOfMs, DAY_MS } from '../../shared/dates';
import { cadenceFor } from '../../shared/health/settings';
import { HISTORY } from '../../shared/history/days';
import { MOMENT_THRESHOLD } from '../../shared/history/moments';
import { AS_OF, demoBackend, tempDir, value } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  backend = await demoBackend(dir);
  await backend.history.idle();
});
afterEach(async () => {
  await backend.close();
  cleanup();
});


/** Any active account, scored as of the day. */
async function anActiveAccount() {
  await backend.scoreboard.ensure(AS_OF);
  return [...backend.scoreboard.all()][0]!;
}

const detail = async (accountId: number) => value(await backend.api['account.detail']({ accountId, asOf: AS_OF }));
const dayIndex = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

describe('the account page', () => {
  it('tells a sample account’s whole story as of the day', async () => {
    const [complaint] = value(await backend.api['complaints.list']({ asOf: AS_OF, owner: null }));
    const page = await detail(complaint!.accountId);
    expect(Object.keys(page).sort()).toEqual(['account', 'asOf', 'cadenceDays', 'complaints', 'health', 'history', 'intro', 'moments', 'priority', 'review', 'rhythm', 'surveys'].sort());
    const scored = backend.scoreboard.get(page.account.id)!;
    expect(page.account).toMatchObject({ id: scored.account.id, externalId: scored.account.externalId, status: 'active', churnedOn: null, churnReason: null });
    expect(page.health).toMatchObject({ score: scored.health.score, band: scored.health.band, reasons: scored.health.reasons });
    expect(page.priority).toBe(scored.priority);
    expect(page.health!.factors.map((f) => f.factor)).toEqual(['recency', 'decay', 'complaint', 'sentiment', 'voice']);
    expect(page.health!.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(page.health!.score, 0);
    expect(page.cadenceDays).toBe(cadenceFor(page.account.tier, backend.scoreboard.settings));

    // Daily for four weeks, weekly before that, back half a year; today is the list's score.
    const days = page.history.map((p) => p.day);
    expect(days).toEqual([...days].sort());
    expect(days.at(-1)).toBe(AS_OF);
    expect(days[0]! >= addDays(AS_OF, -HISTORY.chartDays)).toBe(true);
    expect(page.history.length).toBeGreaterThan(45);
    expect(page.history.at(-1)!.score).toBe(page.health!.score);
    for (const moment of page.moments) {
      const at = days.indexOf(moment.day);
      expect(at).toBeGreaterThan(0);
      expect(moment.delta).toBe(page.history[at]!.score - page.history[at - 1]!.score);
      expect(Math.abs(moment.delta)).toBeGreaterThanOrEqual(MOMENT_THRESHOLD);
      expect(moment.text.length).toBeGreaterThan(3);
    }

    expect(page.complaints.find((c) => c.complaintId === complaint!.complaintId)).toEqual(complaint);
    for (let i = 1; i < page.rhythm.length; i++) expect(page.rhythm[i]!.gapDays).toBe(dayIndex(page.rhythm[i]!.at) - dayIndex(page.rhythm[i - 1]!.at));
    expect(page.rhythm.every((r) => Date.parse(r.at) > asOfMs(AS_OF) - 365 * DAY_MS && Date.parse(r.at) <= asOfMs(AS_OF))).toBe(true);
    expect(page.intro).toBeNull();
    expect(page.review).toEqual({ reviewedOn: null, snoozedUntil: null });
    value(await backend.api['review.snooze']({ accountId: page.account.id, asOf: AS_OF, until: addDays(AS_OF, 3) }));
    expect((await detail(page.account.id)).review).toEqual({ reviewedOn: null, snoozedUntil: addDays(AS_OF, 3) });
  });

  it('shows a churned account without a score, and says when an account is unknown', async () => {
    const churned = backend.store.sqlite.prepare("select id from accounts where status = 'churned' limit 1").pluck().get() as number;
    const page = await detail(churned);
    expect(page).toMatchObject({ health: null, priority: null, account: { status: 'churned' } });
    expect(await backend.api['account.detail']({ accountId: 999_999, asOf: AS_OF })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('shows the "introduce the new owner" item until the new owner gets in touch', async () => {
    const id = (await anActiveAccount()).account.id;
    const handedAt = asOfMs(AS_OF) - 2 * DAY_MS;
    backend.store.sqlite.prepare("update accounts set owner = 'Newcomer' where id = ?").run(id);
    await upsertIntros(backend.store.db, [id], 'Previous Owner', 'Newcomer', handedAt);
    await recordEvent(backend.store.db, id, handedAt, 'handover', { from: 'Previous Owner', to: 'Newcomer' });
    const page = await detail(id);
    expect(page.intro).toMatchObject({ from: 'Previous Owner', to: 'Newcomer' });
    const timeline = value(await backend.api['account.timeline']({ accountId: id }));
    expect(timeline.find((e) => e.kind === 'event')).toMatchObject({ event: 'handover', text: 'Handed over from Previous Owner to Newcomer', at: new Date(handedAt).toISOString() });

    value(await backend.api['touchpoints.add']({ accountId: id, asOf: AS_OF, touchpoint: { occurredAt: `${AS_OF}T07:00:00.000Z`, channel: 'call', direction: 'outbound', person: 'Kim', subject: 'Hello from your new account manager', notes: null, sentiment: null } }));
    expect((await detail(id)).intro).toBeNull();
  });
});

describe('the timeline', () => {
  it('merges touchpoints and account events, newest first, and stops at 2,000 entries', async () => {
    const id = (await anActiveAccount()).account.id;
    const before = value(await backend.api['account.timeline']({ accountId: id }));
    const ats = before.map((e) => e.at);
    expect(ats).toEqual(ats.toSorted().toReversed());
    const touches = before.flatMap((e) => (e.kind === 'touchpoint' ? [e.touchpoint] : []));
    expect(touches.length).toBeGreaterThan(5);
    expect(touches.every((t) => t.accountId === id && t.batchId === null)).toBe(true);

    const start = asOfMs(AS_OF) - 3000 * 3_600_000;
    runBulk(backend.store, (bulk) => {
      for (let i = 0; i < 2100; i++) {
        bulk.run(touchpointInsertQuery(backend.store.db, { accountId: id, occurredAt: new Date(start + i * 3_600_000).toISOString(), channel: 'email', direction: 'inbound', person: null, subject: `Message ${i}`, notes: null, sentiment: null, sentimentSource: null, complaintStatus: null, resolvedAt: null, comeBack: null, refer: null }, 0));
      }
    });
    const capped = value(await backend.api['account.timeline']({ accountId: id }));
    expect(capped).toHaveLength(2000);
    expect(capped[0]!.at >= capped[1999]!.at).toBe(true);
    expect(await backend.api['account.timeline']({ accountId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('touchpoints edited by hand', () => {
  it('re-score the account when added, changed and deleted; a sentiment entered is stored as given', async () => {
    await backend.scoreboard.ensure(AS_OF);
    const neglected = [...backend.scoreboard.all()].find((s) => s.health.band === 'neglected' && s.health.openComplaints === 0 && (s.health.daysSinceOurContact ?? 0) > 60)!;
    const id = neglected.account.id;
    const original = neglected.health;

    const { touchpointId } = value(
      await backend.api['touchpoints.add']({ accountId: id, asOf: AS_OF, touchpoint: { occurredAt: `${AS_OF}T07:00:00.000Z`, channel: 'meeting', direction: 'outbound', person: '  Ana Ruiz ', subject: 'Review', notes: 'Good talk', sentiment: 0.8 } }),
    );
    const added = backend.scoreboard.get(id)!.health;
    expect(added.daysSinceOurContact).toBe(0);
    expect(added.score).toBeGreaterThan(original.score);
    const stored = () => backend.store.sqlite.prepare('select person, sentiment, sentiment_source, ours, direction, occurred_at from touchpoints where id = ?').get(touchpointId);
    expect(stored()).toEqual({ person: 'Ana Ruiz', sentiment: 0.8, sentiment_source: 'given', ours: 1, direction: 'outbound', occurred_at: Date.parse(`${AS_OF}T07:00:00.000Z`) });
    // Today's snapshot follows the edit too.
    expect(backend.store.sqlite.prepare('select score from score_snapshots where account_id = ? and day = ?').pluck().get(id, AS_OF)).toBe(added.score);

    // Moved two months back, it no longer counts as recent contact.
    value(await backend.api['touchpoints.update']({ touchpointId, asOf: AS_OF, changes: { occurredAt: `${addDays(AS_OF, -60)}T07:00:00.000Z` } }));
    expect(backend.scoreboard.get(id)!.health.daysSinceOurContact).toBe(60);
    // An inbound e-mail is the customer's effort, not ours.
    value(await backend.api['touchpoints.update']({ touchpointId, asOf: AS_OF, changes: { occurredAt: `${AS_OF}T07:00:00.000Z`, channel: 'email', direction: 'inbound', sentiment: -0.5 } }));
    expect(stored()).toMatchObject({ ours: 0, direction: 'inbound', sentiment: -0.5, sentiment_source: 'given', person: 'Ana Ruiz' });
    expect(backend.scoreboard.get(id)!.health.daysSinceOurContact).toBe(original.daysSinceOurContact);

    value(await backend.api['touchpoints.delete']({ touchpointId, asOf: AS_OF }));
    expect(backend.scoreboard.get(id)!.health).toEqual(original);
    expect(await backend.api['touchpoints.delete']({ touchpointId, asOf: AS_OF })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuse a touch after the day shown, a touch on a churned account, and a complaint opened after its resolution', async () => {
    const someone = await anActiveAccount();
    const input = { occurredAt: `${addDays(AS_OF, 1)}T07:00:00.000Z`, channel: 'call' as const, direction: 'outbound' as const, person: null, subject: null, notes: null, sentiment: null };
    const late = await backend.api['touchpoints.add']({ accountId: someone.account.id, asOf: AS_OF, touchpoint: input });
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(!late.ok && late.error.message).toMatch(/cannot be after 2026-11-24/);
    const churned = backend.store.sqlite.prepare("select id from accounts where status = 'churned' limit 1").pluck().get() as number;
    expect(await backend.api['touchpoints.add']({ accountId: churned, asOf: AS_OF, touchpoint: { ...input, occurredAt: `${AS_OF}T07:00:00.000Z` } })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const [resolved] = value(await backend.api['complaints.list']({ asOf: AS_OF, owner: null, includeResolved: true })).filter((c) => c.status === 'resolved' && c.resolvedAt);
    const afterResolution = new Date(Date.parse(resolved!.resolvedAt!) + 3_600_000).toISOString();
    expect(await backend.api['touchpoints.update']({ touchpointId: resolved!.complaintId, asOf: AS_OF, changes: { occurredAt: afterResolution } })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await backend.api['touchpoints.update']({ touchpointId: 999_999, asOf: AS_OF, changes: { notes: 'x' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
