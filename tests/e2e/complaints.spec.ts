import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { AccountScreen, dismissToasts } from './pages/account-page';
import { ComplaintsScreen } from './pages/complaints-page';
import { callApi } from './pages/console-api';
import { TodayPage, todayUtc } from './pages/today-page';

const screenshots = join(repoRoot, 'test-results/screenshots');

// Each test starts a host and loads the 300-account sample portfolio before it begins.
test.slow();

test('the complaints view lists open complaints oldest first, with the portfolio’s NPS, and filters by owner', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  const complaints = new ComplaintsScreen(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await dismissToasts(page);
  await today.chooseOwner(null);
  await complaints.open();

  const all = await callApi(page, 'complaints.list', { asOf: todayUtc(), owner: null });
  expect(all.length).toBeGreaterThan(3);
  await expect(complaints.rows).toHaveCount(all.length);
  // Oldest first, the way the backend orders them.
  expect(await complaints.shownComplaintIds()).toEqual(all.map((c) => c.complaintId));
  const ages = all.map((c) => c.ageDays);
  expect(ages).toEqual([...ages].sort((a, b) => b - a));
  const oldest = all[0]!;
  const first = complaints.row(oldest.complaintId);
  await expect(first.getByTestId('complaint-account')).toHaveText(oldest.accountName);
  await expect(first.getByTestId('complaint-age')).toHaveText(`${oldest.ageDays} days`);
  await expect(first.getByTestId('complaint-age')).toHaveAttribute('data-bucket', oldest.ageDays >= 30 ? 'stale' : oldest.ageDays >= 14 ? 'old' : oldest.ageDays >= 7 ? 'aging' : 'new');
  await expect(complaints.summary).toContainText(`${all.length} complaints open`);

  const voice = await callApi(page, 'surveys.summary', { asOf: todayUtc(), owner: null });
  expect(voice.nps).not.toBeNull();
  const nps = Math.round(voice.nps ?? 0);
  await expect(complaints.nps).toHaveText(nps > 0 ? `+${nps}` : nps < 0 ? `−${Math.abs(nps)}` : '0');
  await expect(complaints.voiceStrip).toContainText(`${voice.promoters} promoters`);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshots, 'complaints.png') });

  // One owner's complaints only.
  const owner = oldest.owner;
  await complaints.chooseOwner(owner);
  const mine = await callApi(page, 'complaints.list', { asOf: todayUtc(), owner });
  await expect(complaints.rows).toHaveCount(mine.length);
  expect(await complaints.shownComplaintIds()).toEqual(mine.map((c) => c.complaintId));

  // The account name opens the account page.
  await first.getByTestId('complaint-account').click();
  const account = new AccountScreen(page);
  await account.waitFor(oldest.accountId);
  await expect(account.name).toHaveText(oldest.accountName);
});

test('send an update and resolve from the complaints view; resolved ones show how long they took', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  const complaints = new ComplaintsScreen(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await dismissToasts(page);
  await today.chooseOwner(null);
  await complaints.open();
  const all = await callApi(page, 'complaints.list', { asOf: todayUtc(), owner: null });
  const silent = all.find((c) => (c.silenceDays ?? 0) > 2)!;
  expect(silent).toBeDefined();
  const row = complaints.row(silent.complaintId);

  // Send an update: one more update, and the customer heard from us today.
  await row.getByTestId('row-send-update').click();
  await expect(complaints.updateDialog).toBeVisible();
  await expect(complaints.updateDialog).toContainText(silent.accountName);
  await complaints.updateDialog.getByTestId('complaint-update-submit').click();
  await expect(complaints.updateDialog.getByTestId('dialog-error')).toContainText('Write what you told the customer');
  await complaints.updateDialog.getByTestId('complaint-update-notes').fill('The fix is in testing; we will call on Friday with a date.');
  await complaints.updateDialog.getByTestId('complaint-update-submit').click();
  await expect(complaints.updateDialog).toBeHidden();
  await expect(row.getByTestId('complaint-updates')).toHaveText(String(silent.updates + 1));
  await expect(row.getByTestId('complaint-silence')).toHaveText('today');

  // Resolve: it leaves the open list…
  await row.getByTestId('row-resolve').click();
  await complaints.resolveDialog.getByTestId('complaint-resolve-notes').fill('Fix deployed; customer confirmed.');
  await complaints.resolveDialog.getByTestId('complaint-resolve-submit').click();
  await expect(complaints.resolveDialog).toBeHidden();
  await expect(complaints.toasts.last()).toContainText(`Resolved “${silent.subject}”`);
  await expect(row).toHaveCount(0);
  await expect(complaints.rows).toHaveCount(all.length - 1);

  // …and shows among the resolved ones, with the days it took.
  await complaints.showResolved.click();
  await expect(row).toHaveAttribute('data-status', 'resolved');
  await expect(row.getByTestId('complaint-resolved-in')).toHaveText(`Resolved in ${silent.ageDays} days`);
  const withResolved = await callApi(page, 'complaints.list', { asOf: todayUtc(), owner: null, includeResolved: true });
  await expect(complaints.rows).toHaveCount(withResolved.length);
});
