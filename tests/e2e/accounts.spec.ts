import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, repoRoot, test } from './fixtures';
import type { AccountList, AccountListRow } from '../../shared/api/accounts';
import { AccountsPage } from './pages/accounts-page';
import { callApi } from './pages/console-api';
import { TodayPage, todayUtc } from './pages/today-page';

const screenshots = join(repoRoot, 'test-results/screenshots');

test('the accounts table searches, filters, sorts, keeps a saved view and exports what it shows', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const accounts = new AccountsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await accounts.open();
  const all = await callApi(page, 'accounts.list', { asOf: todayUtc() });
  await expect(accounts.table).toHaveAttribute('aria-rowcount', String(all.rows.length + 1));
  await expect(accounts.summary).toContainText(`${all.rows.length} accounts`);
  await today.dismissToasts();
  await page.screenshot({ path: join(screenshots, 'accounts.png') });

  // Search narrows by name.
  const target = all.rows.find((row) => row.status === 'active')!;
  await accounts.search.fill(target.name);
  await expect(accounts.row(target.externalId)).toBeVisible();
  await accounts.search.fill('');

  // Owner + "no contact for more than 30 days", sorted by value, largest first.
  const owner = all.owners[0]!;
  await accounts.filter('owner', owner);
  await accounts.noContact.fill('30');
  await accounts.sortBy('value');
  const expected = all.rows
    .filter((row) => row.owner === owner && (row.daysSinceContact === null || row.daysSinceContact > 30))
    .sort((a, b) => b.value - a.value);
  expect(expected.length).toBeGreaterThan(1);
  await expect(accounts.table).toHaveAttribute('aria-rowcount', String(expected.length + 1));
  await expect.poll(() => accounts.renderedExternalIds()).toEqual(expected.slice(0, (await accounts.rows.count())).map((row) => row.externalId));

  // Keep it as a view; the default view shows everything again; picking the view brings the filters back.
  await accounts.saveViewAs('Quiet big accounts');
  await expect(accounts.currentView).toHaveText('Quiet big accounts');
  await accounts.viewsMenu.click();
  await page.getByTestId('view-default').click();
  await expect(accounts.table).toHaveAttribute('aria-rowcount', String(all.rows.length + 1));
  await accounts.pickView('Quiet big accounts');
  await expect(accounts.noContact).toHaveValue('30');
  await expect(accounts.table).toHaveAttribute('aria-rowcount', String(expected.length + 1));

  // Hide a column, then export: the CSV holds exactly the rows and columns on screen.
  await page.getByTestId('accounts-columns').click();
  await page.getByTestId('column-toggle-tags').click();
  await page.keyboard.press('Escape');
  // The view on screen is no longer exactly the saved one, so the file is not named after it.
  await expect(accounts.currentView).toHaveText('Quiet big accounts (changed)');
  const download = page.waitForEvent('download');
  await accounts.exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`accounts ${todayUtc()}.csv`);
  const text = readFileSync((await file.path())!, 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd());
  const [header, ...rows] = parsed.data;
  expect(header).not.toContain('Tags');
  expect(header!.slice(0, 3)).toEqual(['Account', 'CRM id', 'Owner']);
  expect(rows.map((row) => row[1])).toEqual(expected.map((row) => row.externalId));

  // Deleting the view (from its submenu) can be undone from the toast.
  const [saved] = await callApi(page, 'views.list', {});
  await accounts.viewsMenu.click();
  await page.getByTestId('delete-view-menu').click();
  await page.getByTestId(`delete-view-${saved!.id}`).click();
  await expect(accounts.currentView).toHaveText('Filtered, not saved');
  await expect.poll(async () => (await callApi(page, 'views.list', {})).length).toBe(0);
  await accounts.toasts.filter({ hasText: 'Deleted the view “Quiet big accounts”' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await callApi(page, 'views.list', {})).map((view) => view.name)).toEqual(['Quiet big accounts']);
});

test('an account is created, edited, marked churned with a reason and reactivated', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const accounts = new AccountsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await accounts.open();

  // A form with gaps says what is missing, next to each field.
  await accounts.newAccountButton.click();
  await expect(accounts.accountDialog).toBeVisible();
  await accounts.accountDialog.getByTestId('account-submit').click();
  await expect(accounts.accountDialog).toContainText('Enter the account’s name.');
  await expect(accounts.accountDialog).toContainText('Say who looks after this account.');

  await accounts.accountDialog.getByTestId('account-name-input').fill('Harbourlight Ferries');
  await accounts.accountDialog.getByTestId('account-owner-input').fill('Dana Whitfield');
  await accounts.accountDialog.getByTestId('account-tier-input').fill('Strategic');
  await accounts.accountDialog.getByTestId('account-value-input').fill('240,000');
  const tags = accounts.accountDialog.getByTestId('tag-input-text');
  await tags.fill('renewal-q3');
  await tags.press('Enter');
  await tags.fill('emea, ferries,');
  await expect(accounts.accountDialog.getByTestId('tag-input')).toContainText('renewal-q3');
  await expect(accounts.accountDialog.getByTestId('tag-input')).toContainText('ferries');
  await accounts.accountDialog.getByTestId('account-submit').click();
  await expect(accounts.accountDialog).toBeHidden();
  await expect(accounts.toasts.filter({ hasText: 'Created Harbourlight Ferries for Dana Whitfield.' })).toBeVisible();

  const created = (await callApi(page, 'accounts.list', { asOf: todayUtc() })).rows.find((row) => row.name === 'Harbourlight Ferries')!;
  expect(created).toMatchObject({ owner: 'Dana Whitfield', tier: 'Strategic', value: 240_000, status: 'active', tags: ['renewal-q3', 'emea', 'ferries'] });
  await accounts.search.fill('Harbourlight');
  const row = accounts.row(created.externalId);
  await expect(row).toBeVisible();

  // Edit: only the value changes.
  await accounts.rowAction(created.externalId, 'row-edit');
  await expect(accounts.accountDialog.getByTestId('account-name-input')).toHaveValue('Harbourlight Ferries');
  await accounts.accountDialog.getByTestId('account-value-input').fill('310000');
  await accounts.accountDialog.getByTestId('account-submit').click();
  await expect(accounts.accountDialog).toBeHidden();
  await expect(row).toContainText('$310,000');

  // Churned: the day and the reason are asked for, and the row says so.
  await accounts.rowAction(created.externalId, 'row-churn');
  await expect(accounts.churnDialog).toBeVisible();
  await accounts.churnDialog.getByTestId('churn-submit').click();
  await expect(accounts.churnDialog.getByTestId('dialog-error')).toContainText('Say why the customer left');
  await accounts.churnDialog.getByTestId('churn-reason').fill('Moved to a competitor after the price rise');
  await accounts.churnDialog.getByTestId('churn-submit').click();
  await expect(accounts.churnDialog).toBeHidden();
  await expect(row.getByTestId('status-churned')).toBeVisible();
  const record = await callApi(page, 'accounts.get', { accountId: created.id });
  expect(record).toMatchObject({ status: 'churned', churnedOn: todayUtc(), churnReason: 'Moved to a competitor after the price rise' });

  await accounts.rowAction(created.externalId, 'row-reactivate');
  await expect(accounts.toasts.filter({ hasText: 'Harbourlight Ferries is active again' })).toBeVisible();
  await expect(row.getByTestId('status-churned')).toHaveCount(0);
});

test('the keyboard moves through the accounts and Enter opens one', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const accounts = new AccountsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await accounts.open();
  const ids = await accounts.renderedExternalIds();
  await accounts.rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(accounts.row(ids[2]!)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(accounts.selectionBar.getByTestId('selection-count')).toHaveText('1 account selected');
  const accountId = await accounts.row(ids[2]!).getAttribute('data-account-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#accounts/${accountId}$`));
});

test('with no accounts yet, the table says how to get some', async ({ page, consoleUrl }) => {
  await page.goto(`${consoleUrl}#accounts`);
  const empty = page.getByTestId('accounts-empty');
  await expect(empty).toContainText('No accounts yet');
  await expect(empty.getByTestId('empty-import')).toBeVisible();
  await empty.getByTestId('empty-load-sample').click();
  await expect(page.getByTestId('account-row').first()).toBeVisible({ timeout: 30_000 });
});

/** A big synthetic accounts table in the contract's shape. */
function bigAccountList(count: number): AccountList {
  const owners = ['Aisha Okafor', 'Jonas Berg', 'Maya Patel', 'Tom Reilly', 'Lena Fischer'];
  const rows: AccountListRow[] = [];
  for (let i = 0; i < count; i++) {
    const churned = i % 25 === 0;
    const score = churned ? null : (i * 7) % 100;
    rows.push({
      id: i + 1,
      externalId: `BIG-${String(i + 1).padStart(5, '0')}`,
      name: `Synthetic Account ${i + 1}`,
      owner: owners[i % owners.length]!,
      tier: i % 10 === 0 ? 'Strategic' : 'Standard',
      value: 10_000 + ((i * 37) % 500) * 1_000,
      status: churned ? 'churned' : 'active',
      tags: i % 3 === 0 ? ['emea', 'renewal-q3'] : ['us'],
      createdOn: '2024-03-01',
      churnedOn: churned ? '2026-01-15' : null,
      score,
      band: score === null ? null : score >= 75 ? 'healthy' : score >= 55 ? 'watch' : score >= 35 ? 'at_risk' : 'neglected',
      daysSinceContact: i % 13 === 0 ? null : (i % 120) + 1,
      lastContactOn: i % 13 === 0 ? null : '2026-10-01',
      openComplaints: i % 9 === 0 ? 1 : 0,
    });
  }
  return { asOf: todayUtc(), rows, owners, tiers: ['Standard', 'Strategic'], tags: ['emea', 'renewal-q3', 'us'] };
}

test('50,000 accounts: only the visible rows are in the page, sorting and filtering work, the end is reachable', async ({ page, consoleUrl }) => {
  test.setTimeout(180_000);
  const list = bigAccountList(50_000);
  await page.route('**/api/accounts.list', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: list }) }));
  await page.goto(`${consoleUrl}#accounts`);
  const accounts = new AccountsPage(page);
  await expect(accounts.rows.first()).toBeVisible({ timeout: 60_000 });
  await expect(accounts.table).toHaveAttribute('aria-rowcount', '50001');
  expect(await accounts.rows.count()).toBeLessThan(100);

  // Largest value first; churned accounts (no score) last whichever way the score is sorted.
  await accounts.sortBy('value');
  await expect(accounts.rows.first()).toContainText('$509,000');
  await accounts.sortBy('score');
  await expect(accounts.rows.first().getByTestId('row-score')).toHaveText('1');
  await accounts.sortBy('score');
  await expect(accounts.rows.first().getByTestId('row-score')).toHaveText('99');
  await accounts.table.evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
  await expect(accounts.rows.last().getByTestId('status-churned')).toBeVisible();
  expect(await accounts.rows.count()).toBeLessThan(100);
  await accounts.table.evaluate((grid) => (grid.scrollTop = 0));

  await accounts.search.fill('BIG-04242');
  await expect(accounts.rows).toHaveCount(1);
  await accounts.search.fill('');
  await accounts.filter('tag', 'emea');
  await accounts.noContact.fill('100');
  const expected = list.rows.filter((row) => row.tags.includes('emea') && (row.daysSinceContact === null || row.daysSinceContact > 100)).length;
  await expect(accounts.table).toHaveAttribute('aria-rowcount', String(expected + 1));
});
