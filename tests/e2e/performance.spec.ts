import type { Route } from '@playwright/test';
import type { TodayList, TodayRow } from '../../shared/contract';
import { BANDS } from '../../shared/domain';
import { expect, test } from './fixtures';
import { TodayPage, todayUtc } from './pages/today-page';

const ACCOUNTS = 50_000;
const OWNERS = ['Aisha Okafor', 'Jonas Berg', 'Maya Patel', 'Tom Reilly', 'Lena Fischer'];

/** A big synthetic portfolio in the contract's shape, already in priority order. */
function bigList(): TodayList {
  const rows: TodayRow[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const score = (i * 7) % 70;
    rows.push({
      accountId: i + 1,
      externalId: `BIG-${String(i + 1).padStart(5, '0')}`,
      name: `Synthetic Account ${i + 1}`,
      owner: OWNERS[i % OWNERS.length]!,
      tier: i % 10 === 0 ? 'Strategic' : 'Standard',
      value: 10_000 + ((i * 37) % 500) * 1_000,
      score,
      band: BANDS[Math.min(3, 3 - Math.floor(score / 20))] ?? 'watch',
      priority: ACCOUNTS - i,
      daysSinceContact: i % 13 === 0 ? null : (i % 120) + 1,
      openComplaints: i % 9 === 0 ? 1 : 0,
      oldestOpenComplaintDays: i % 9 === 0 ? 12 : null,
      complaintSilenceDays: i % 9 === 0 ? 5 : null,
      reasons: [
        { factor: 'recency', text: `No contact from us for ${(i % 120) + 1} days (expected every 30).`, impact: -20 },
        { factor: 'sentiment', text: 'Tone has turned negative in recent emails.', impact: -8 },
      ],
      reviewed: false,
      touchedToday: false,
      intro: null,
    });
  }
  return { asOf: todayUtc(), owner: null, owners: OWNERS, rows, total: rows.length, reached: 0, snoozed: 0, considered: ACCOUNTS };
}

const fulfilJson = (body: unknown) => (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

// Timing is measured by `npm run bench` (tests/bench/measure-first-paint.ts), never asserted here:
// this test checks that 50,000 rows stay usable — virtualised, scrollable to the end, filterable.
test('50,000 accounts: only the visible rows are in the page, the end is reachable, filtering works', async ({ page, consoleUrl }) => {
  test.setTimeout(180_000);
  const list = bigList();
  await page.route('**/api/store.summary', fulfilJson({ ok: true, value: { accounts: ACCOUNTS, activeAccounts: ACCOUNTS, touchpoints: 0, owners: OWNERS } }));
  await page.route('**/api/today.list', fulfilJson({ ok: true, value: list }));

  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await expect(today.rows.first()).toBeVisible({ timeout: 60_000 });
  await expect(today.progress).toHaveText('0 of 50,000 reached today');
  await expect(today.table).toHaveAttribute('aria-rowcount', String(ACCOUNTS + 1));
  expect(await today.rows.count()).toBeLessThan(100);

  await today.scrollToRow(ACCOUNTS - 1);
  await expect(today.row('BIG-50000')).toBeVisible();
  expect(await today.rows.count()).toBeLessThan(100);

  await today.filterInput.fill('BIG-04242');
  await expect(today.rows).toHaveCount(1);
});
