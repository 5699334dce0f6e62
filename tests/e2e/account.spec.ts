import { join } from 'node:path';
import type { TodayRow } from '../../shared/contract';
import { expect, repoRoot, test } from './fixtures';
import { AccountScreen, dismissToasts } from './pages/account-page';
import { callApi } from './pages/console-api';
import { TodayPage, todayUtc } from './pages/today-page';

const screenshots = join(repoRoot, 'test-results/screenshots');

// Each test starts a host and loads the 300-account sample portfolio before it begins.
test.slow();

/**
 * An account whose only troubles are an open complaint and our silence: a touch
 * today and resolving the complaint must lift it out of its band.
 */
function complaintAndSilenceOnly(row: TodayRow): boolean {
  return row.openComplaints === 1 && row.band !== 'healthy' && row.reasons.every((reason) => reason.factor === 'complaint' || reason.factor === 'recency');
}

/** Opens an account from today's list: its name is a link to the page. */
async function openFromToday(today: TodayPage, account: AccountScreen, row: TodayRow): Promise<void> {
  await today.filterInput.fill(row.externalId);
  const link = today.row(row.externalId).getByRole('link', { name: row.name });
  await link.click();
  await account.waitFor(row.accountId);
}

test('open an account from today’s list, read its reasons, log a touch, resolve its complaint and watch the band change', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  const account = new AccountScreen(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await dismissToasts(page);
  const list = await today.fetchTodayList();
  const row = list.rows.find(complaintAndSilenceOnly);
  expect(row, 'the sample portfolio has an account troubled only by a complaint and silence').toBeDefined();
  if (!row) return;

  await openFromToday(today, account, row);
  await expect(account.name).toHaveText(row.name);
  await expect(account.band).toHaveAttribute('data-band', row.band);
  await expect(account.score).toHaveAttribute('aria-label', `Health score ${row.score} of 100`);
  // The reasons in words, the same ones today's list gave.
  await expect(account.reasons).toHaveText(row.reasons.map((reason) => reason.text), { ignoreCase: false });
  const detail = await callApi(page, 'account.detail', { accountId: row.accountId, asOf: todayUtc() });
  const complaint = detail.complaints.find((c) => c.status === 'open');
  expect(complaint).toBeDefined();
  if (!complaint) return;
  await expect(account.openComplaints).toHaveCount(1);
  await expect(account.openComplaints.first().getByTestId('complaint-age')).toHaveText(`open ${complaint.ageDays} days`);

  // Log a touch: it lands on the timeline and the score moves.
  await account.logTouch({ notes: 'Called to apologise and explain the fix; they appreciated the call.', sentiment: 'positive' });
  await expect(account.timelineTouches.first()).toContainText('Called to apologise and explain the fix');
  await expect(account.timelineTouches.first().getByTestId('sentiment-badge')).toHaveText(/Positive\s*given/);
  const afterTouch = await account.scoreValue();
  expect(afterTouch).toBeGreaterThan(row.score);

  // Resolve the complaint: the panel empties, the timeline marks it resolved, and the band changes.
  await account.resolveComplaint(complaint.complaintId, 'Replacement shipped; customer confirmed it arrived.');
  await expect(account.openComplaints).toHaveCount(0);
  await expect(account.touchpoint(complaint.complaintId).getByTestId('complaint-status')).toHaveText('Resolved complaint');
  await expect(account.band).not.toHaveAttribute('data-band', row.band);
  const after = await callApi(page, 'account.detail', { accountId: row.accountId, asOf: todayUtc() });
  await expect(account.band).toHaveAttribute('data-band', after.health?.band ?? '');
  expect(after.health?.score ?? 0).toBeGreaterThan(afterTouch);
  await expect(account.toasts.last()).toContainText(`Score ${afterTouch} → ${after.health?.score}`);

  // Back on today's list, the account no longer carries a complaint.
  const listAfter = await today.fetchTodayList();
  expect(listAfter.rows.find((r) => r.accountId === row.accountId)?.openComplaints ?? 0).toBe(0);
});

test('the account page tells the whole story: chart, factors, timeline, complaints, voice and rhythm', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  const account = new AccountScreen(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await dismissToasts(page);
  const list = await today.fetchTodayList();
  // A rich story: an open complaint, survey answers, and a tone on some touches.
  let chosen: { row: TodayRow; surveys: number } | null = null;
  for (const row of list.rows.filter((r) => r.openComplaints > 0).slice(0, 40)) {
    const detail = await callApi(page, 'account.detail', { accountId: row.accountId, asOf: todayUtc() });
    if (detail.surveys.length > 1 && detail.history.length > 20) {
      chosen = { row, surveys: detail.surveys.length };
      break;
    }
  }
  expect(chosen, 'the sample portfolio has an account with a complaint, survey answers and history').not.toBeNull();
  if (!chosen) return;
  const { row } = chosen;
  const detail = await callApi(page, 'account.detail', { accountId: row.accountId, asOf: todayUtc() });
  const timeline = await callApi(page, 'account.timeline', { accountId: row.accountId });

  await account.goto(row.accountId);
  await expect(page.getByTestId('account-external-id')).toHaveText(row.externalId);
  await expect(page.getByTestId('account-owner')).toHaveText(row.owner);
  await expect(account.factors).toHaveCount(5);
  await expect(account.scoreHistory.locator('.recharts-line')).toBeVisible();
  await expect(account.rhythm.locator('.rhythm__bar').first()).toBeVisible();
  await expect(account.openComplaints).toHaveCount(detail.complaints.filter((c) => c.status === 'open').length);

  // The customer's voice shows the latest answers.
  const latest = [...detail.surveys].sort((a, b) => Date.parse(b.answeredAt) - Date.parse(a.answeredAt));
  const latestRefer = latest.find((s) => s.refer !== null)?.refer;
  if (latestRefer !== undefined && latestRefer !== null) await expect(page.getByTestId('voice-refer-latest')).toHaveText(String(latestRefer));

  // The timeline: complaints highlighted, updates under their complaint, sentiment marked given or inferred.
  const complaint = detail.complaints.find((c) => c.status === 'open')!;
  await expect(account.touchpoint(complaint.complaintId)).toHaveAttribute('data-complaint', 'open');
  const updates = timeline.filter((e) => e.kind === 'touchpoint' && e.touchpoint.complaintId === complaint.complaintId).length;
  await expect(account.touchpoint(complaint.complaintId).getByTestId('timeline-update')).toHaveCount(updates);
  await expect(account.timeline.getByTestId('sentiment-badge').first()).toHaveText(/(Positive|Neutral|Negative)\s*(given|inferred)/);

  // Filters: complaints only, then email only.
  await page.getByTestId('timeline-complaints-only').click();
  const complaintCount = timeline.filter((e) => e.kind === 'touchpoint' && e.touchpoint.complaintStatus !== null).length;
  await expect(account.timeline.locator('[data-testid="timeline-touchpoint"][data-complaint]')).toHaveCount(Math.min(complaintCount, 40));
  await expect(account.timeline.locator('[data-testid="timeline-touchpoint"]:not([data-complaint])')).toHaveCount(0);
  await page.getByTestId('timeline-complaints-only').click();
  await page.getByTestId('timeline-channel').click();
  await page.getByRole('option', { name: 'Email' }).click();
  await expect(account.timeline.locator('[data-testid="timeline-touchpoint"]:not([data-complaint])').first()).toHaveAttribute('data-channel', 'email');
  await expect(account.timeline.locator('[data-testid="timeline-touchpoint"]:not([data-complaint]):not([data-channel="email"])')).toHaveCount(0);
  await page.getByTestId('timeline-channel').click();
  await page.getByRole('option', { name: 'All channels' }).click();

  await page.mouse.move(0, 0);
  await account.root.evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshots, 'account.png') });
  // The rest of the page, a screen at a time (the page scrolls inside its main area, under the app bar).
  await account.root.evaluate((main) => main.scrollTo(0, main.clientHeight - 80));
  await page.screenshot({ path: join(screenshots, 'account-2.png') });
});

test('touches are added, edited and deleted from the timeline with the keyboard', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  const account = new AccountScreen(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await dismissToasts(page);
  const list = await today.fetchTodayList();
  const row = list.rows[0]!;
  // Handed over to someone else: the page asks the new owner to introduce themselves until a touch is logged.
  const newOwner = list.owners.find((owner) => owner !== row.owner)!;
  await callApi(page, 'accounts.handover', { from: row.owner, to: newOwner, accountIds: [row.accountId], asOf: todayUtc() });
  await account.goto(row.accountId);
  await expect(page.getByTestId('intro-banner')).toContainText(`Handed over from ${row.owner} to ${newOwner}`);
  await page.getByTestId('log-introduction').click();
  await account.touchDialog.getByTestId('touchpoint-notes').fill(`Introduced ${newOwner} as the new account manager.`);
  await account.touchDialog.getByTestId('touchpoint-submit').click();
  await expect(account.touchDialog).toBeHidden();
  await expect(page.getByTestId('intro-banner')).toBeHidden();
  await expect(account.timeline.getByTestId('timeline-event').first()).toHaveAttribute('data-event', 'handover');

  // Add with the keyboard only: the dialog opens on its first field, Enter on a choice submits.
  const add = page.getByTestId('timeline-add');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(account.touchDialog).toBeVisible();
  await expect(account.touchDialog.getByTestId('touchpoint-when')).toBeFocused();
  // Esc closes without saving and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(account.touchDialog).toBeHidden();
  await expect(add).toBeFocused();
  const before = (await callApi(page, 'account.timeline', { accountId: row.accountId })).length;

  await page.keyboard.press('Enter');
  await expect(account.touchDialog).toBeVisible();
  await account.touchDialog.getByTestId('touchpoint-notes').fill('Sent the quarterly usage summary.');
  await account.touchDialog.getByTestId('touchpoint-channel-call').focus();
  await page.keyboard.press('ArrowRight');
  await expect(account.touchDialog.getByTestId('touchpoint-channel-email')).toBeFocused();
  // Arrows move and choose; on a busy machine the choice can lag the focus, so Space makes sure.
  await page.keyboard.press('Space');
  await expect(account.touchDialog.getByTestId('touchpoint-channel-email')).toHaveAttribute('data-state', 'checked');
  await page.screenshot({ path: join(screenshots, 'account-touch-dialog.png') });
  await page.keyboard.press('Enter');
  await expect(account.touchDialog).toBeHidden();
  await expect(account.toasts.last()).toContainText('Added an email to the timeline.');
  const entries = await callApi(page, 'account.timeline', { accountId: row.accountId });
  expect(entries).toHaveLength(before + 1);
  const added = entries.find((e) => e.kind === 'touchpoint' && e.touchpoint.notes === 'Sent the quarterly usage summary.');
  expect(added?.kind === 'touchpoint' && added.touchpoint.channel).toBe('email');
  if (added?.kind !== 'touchpoint') return;
  const entry = account.touchpoint(added.touchpoint.id);
  await expect(entry).toContainText('Sent the quarterly usage summary.');

  // Edit: only what changed is saved.
  await entry.getByTestId('edit-touchpoint').click();
  await expect(account.touchDialog.getByRole('heading', { name: 'Edit touch' })).toBeVisible();
  await expect(account.touchDialog.getByTestId('touchpoint-notes')).toHaveValue('Sent the quarterly usage summary.');
  await account.touchDialog.getByTestId('touchpoint-subject').fill('Quarterly review');
  await account.touchDialog.getByTestId('touchpoint-subject').press('Enter');
  await expect(account.touchDialog).toBeHidden();
  await expect(entry).toContainText('Quarterly review');

  // Delete asks first; Cancel keeps it, Delete removes it.
  await entry.getByTestId('delete-touchpoint').click();
  await expect(account.deleteDialog).toBeVisible();
  await account.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(entry).toBeVisible();
  await entry.getByTestId('delete-touchpoint').click();
  await account.deleteDialog.getByTestId('delete-touchpoint-dialog-confirm').click();
  await expect(account.deleteDialog).toBeHidden();
  await expect(entry).toHaveCount(0);
  expect(await callApi(page, 'account.timeline', { accountId: row.accountId })).toHaveLength(before);
});

test('survey answers are recorded; an account is marked churned, reactivated and edited from its page', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  const account = new AccountScreen(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await dismissToasts(page);
  const row = (await today.fetchTodayList()).rows[1]!;
  await account.goto(row.accountId);

  await page.getByTestId('record-survey').click();
  await expect(account.surveyDialog).toBeVisible();
  // Nothing chosen: the dialog says what to do and stays open.
  await account.surveyDialog.getByTestId('survey-submit').click();
  await expect(account.surveyDialog.getByTestId('dialog-error')).toHaveText('Pick an answer to at least one of the two questions.');
  await account.surveyDialog.getByTestId('survey-come-back-2').click();
  await account.surveyDialog.getByTestId('survey-refer-3').click();
  await page.screenshot({ path: join(screenshots, 'account-survey-dialog.png') });
  await account.surveyDialog.getByTestId('survey-submit').click();
  await expect(account.surveyDialog).toBeHidden();
  await expect(page.getByTestId('voice-come-back-latest')).toHaveText('2');
  await expect(page.getByTestId('voice-refer-latest')).toHaveText('3');
  await expect(page.getByTestId('voice-refer')).toContainText('detractor');

  // Churn from the menu: the page says so, and offers to reactivate.
  await page.getByTestId('account-more').click();
  await page.getByTestId('menu-churn').click();
  const churn = page.getByTestId('churn-dialog');
  await churn.getByTestId('churn-reason').fill('Moved to a competitor');
  await churn.getByTestId('churn-submit').click();
  await expect(churn).toBeHidden();
  await expect(page.getByTestId('churned-banner')).toContainText('Moved to a competitor');
  await expect(page.getByTestId('account-status')).toHaveText('Churned');
  // Its history can be read, not changed, until it is reactivated.
  await expect(page.getByTestId('log-touch')).toBeHidden();
  await expect(account.timeline.getByTestId('edit-touchpoint')).toHaveCount(0);
  expect((await today.fetchTodayList()).rows.some((r) => r.accountId === row.accountId)).toBe(false);

  await page.getByTestId('reactivate-account').click();
  await expect(page.getByTestId('churned-banner')).toBeHidden();
  await expect(account.band).toBeVisible();
  await expect(page.getByTestId('log-touch')).toBeVisible();

  // Edit from the same menu: the header shows the new value.
  await page.getByTestId('account-more').click();
  await page.getByTestId('menu-edit').click();
  const edit = page.getByTestId('account-dialog');
  await edit.getByTestId('account-value-input').fill('123456');
  await edit.getByTestId('account-submit').click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('account-value')).toHaveText(/123,456/);
});
