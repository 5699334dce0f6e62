import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';
import { callApi } from './pages/console-api';
import { TodayPage, todayUtc } from './pages/today-page';

const screenshots = join(repoRoot, 'test-results/screenshots');

const pad = (n: number) => String(n).padStart(2, '0');

/** A datetime-local value (the browser's local time, to the minute). */
function localMinute(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test('hand over two accounts and find the intro items on the new owner’s list', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const accounts = new AccountsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await today.dismissToasts();
  await accounts.open();
  const all = await callApi(page, 'accounts.list', { asOf: todayUtc() });
  const from = all.owners[0]!;

  // Two of one owner's active accounts, picked with their checkboxes.
  await accounts.filter('owner', from);
  await accounts.filter('status', 'Active only');
  const moving = all.rows.filter((row) => row.owner === from && row.status === 'active').slice(0, 2);
  expect(moving).toHaveLength(2);
  for (const account of moving) await accounts.select(account.externalId);
  await expect(accounts.selectionBar.getByTestId('selection-count')).toHaveText('2 accounts selected');
  await accounts.selectionBar.getByTestId('handover-selected').click();
  await expect(accounts.handoverDialog).toBeVisible();
  await accounts.handoverDialog.getByTestId('handover-to').fill('Priya Shah');
  await expect(accounts.handoverDialog).toContainText('Priya Shah is new to Tend');
  await expect(accounts.handoverDialog.getByTestId('handover-summary')).toContainText('Each of the 2 accounts gets an “Introduce yourself” item on Priya Shah’s list');
  await page.screenshot({ path: join(screenshots, 'handover-dialog.png') });
  await accounts.handoverDialog.getByTestId('handover-submit').click();
  await expect(accounts.handoverDialog).toBeHidden();
  const toast = accounts.toasts.filter({ hasText: 'Handed 2 accounts over to Priya Shah' });
  await expect(toast).toBeVisible();
  // They left the filtered owner's view, and the selection is gone with them.
  await expect(accounts.row(moving[0]!.externalId)).toHaveCount(0);
  await expect(accounts.selectionBar).toBeHidden();

  // The hand-over is on each account's timeline.
  const timeline = await callApi(page, 'account.timeline', { accountId: moving[0]!.id });
  expect(timeline.some((entry) => entry.kind === 'event' && entry.event === 'handover')).toBe(true);

  // The toast leads to Priya's list: both accounts, each waiting for an introduction.
  await toast.getByRole('button', { name: "Show Priya Shah's list" }).click();
  await expect(today.ownerPicker).toHaveValue('Priya Shah');
  await expect(today.rows).toHaveCount(2);
  for (const account of moving) await expect(today.row(account.externalId).getByTestId('intro-item')).toContainText(`Handed over from ${from}`);
  await expect(page.getByTestId('intro-count')).toHaveText('2 introductions waiting');
  await today.dismissToasts();
  await page.screenshot({ path: join(screenshots, 'today-intro-items.png') });

  // Logging a touch is the introduction: that item is done, the other still waits. The dialog's
  // times are whole minutes, so the touch is dated a minute on: one in the hand-over's own minute
  // would read as older than the hand-over.
  await today.openLogTouch(moving[0]!.externalId);
  await today.logTouchDialog.getByLabel('When').fill(localMinute(Math.min(Date.now() + 60_000, Date.parse(`${todayUtc()}T23:59:00Z`))));
  await today.submitLogTouch({ notes: 'Introduced myself as the new account manager.' });
  await expect(today.row(moving[0]!.externalId).getByTestId('intro-item')).toHaveCount(0);
  await expect(page.getByTestId('intro-count')).toHaveText('1 introduction waiting');
  const list = await today.fetchTodayList('Priya Shah');
  expect(list.rows.filter((row) => row.intro !== null).map((row) => row.accountId)).toEqual([moving[1]!.id]);
});

test('one account handed over from its menu to an existing owner moves to that owner', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const accounts = new AccountsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await accounts.open();
  const all = await callApi(page, 'accounts.list', { asOf: todayUtc() });
  const account = all.rows.find((row) => row.status === 'active')!;
  const to = all.owners.find((owner) => owner !== account.owner)!;

  await accounts.search.fill(account.externalId);
  await accounts.rowAction(account.externalId, 'row-handover');
  await expect(accounts.handoverDialog).toContainText(`Hand over ${account.name}`);
  await accounts.handoverDialog.getByTestId('handover-to').fill(to);
  await expect(accounts.handoverDialog).not.toContainText('is new to Tend');
  await accounts.handoverDialog.getByTestId('handover-submit').click();
  await expect(accounts.toasts.filter({ hasText: `Handed 1 account over to ${to}` })).toBeVisible();
  await expect(accounts.row(account.externalId).getByTestId('row-owner')).toHaveText(to);
});
