import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { TodayPage, todayUtc } from './pages/today-page';

const artifacts = join(repoRoot, 'tests/artifacts');

/** What the CLI says today's list is, on the same database the console serves. */
function cliTodayIds(dbFile: string, owner?: string): string[] {
  const args = ['electron/cli/main.ts', '--db', dbFile, 'today', '--as-of', todayUtc(), '--json', ...(owner ? ['--owner', owner] : [])];
  const out = execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), args, { cwd: repoRoot, encoding: 'utf8' });
  return (JSON.parse(out) as { account_id: string }[]).map((row) => row.account_id);
}

test('first run: the welcome screen loads the sample portfolio and shows the list in priority order', async ({ page, consoleUrl, dbFile }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await expect(today.firstRun).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Tend' })).toBeVisible();
  await expect(page.getByTestId('import-logs')).toBeEnabled();
  await expect(page).toHaveTitle('Tend');
  await page.screenshot({ path: join(artifacts, 'first-run.png') });

  await today.loadSampleData();
  const list = await today.fetchTodayList();
  expect(list.rows.length).toBeGreaterThan(5);
  await expect(today.progress).toHaveText(`${list.reached} of ${list.rows.length} reached today`);

  const shown = await today.renderedExternalIds();
  expect(shown.length).toBeGreaterThan(5);
  // The grid renders the backend's order, and the CLI agrees on the same database.
  expect(shown).toEqual(list.rows.slice(0, shown.length).map((row) => row.externalId));
  expect(shown.slice(0, 10)).toEqual(cliTodayIds(dbFile).slice(0, 10));
  const top = list.rows[0]!;
  const firstRow = today.rows.first();
  await expect(firstRow.getByTestId('row-name')).toHaveText(top.name);
  await expect(firstRow.getByTestId('row-score')).toHaveText(String(top.score));
  await expect(firstRow.getByTestId('row-band')).toHaveAttribute('data-band', top.band);
  await expect(today.toasts.first()).toContainText('sample accounts');
  await today.dismissToasts();
  await page.screenshot({ path: join(artifacts, 'today.png') });
});

test('logging a touch on the top account re-scores it, marks it reached and moves it down', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const before = await today.fetchTodayList();
  const top = before.rows[0]!;
  await expect(today.progress).toHaveText(`${before.reached} of ${before.rows.length} reached today`);

  await today.openLogTouch(top.externalId);
  await expect(today.logTouchDialog.getByRole('heading', { name: 'Log a touch' })).toBeVisible();
  await expect(today.logTouchDialog.getByLabel('When')).toBeFocused();
  await today.logTouchDialog.getByTestId('log-touch-notes').fill('Called about the renewal; they are happy with the new contact.');
  await today.logTouchDialog.getByTestId('log-touch-sentiment-positive').check({ force: true });
  await page.screenshot({ path: join(artifacts, 'log-touch.png') });
  await today.submitLogTouch();

  await expect(today.toasts.last()).toContainText(`Logged a call with ${top.name} — score ${top.score} →`);
  await expect(today.progress).toHaveText(`${before.reached + 1} of ${before.rows.length} reached today`);
  await expect.poll(() => today.topExternalId()).not.toBe(top.externalId);

  // Reached accounts sink below every account still waiting.
  const after = await today.fetchTodayList();
  const position = after.rows.findIndex((row) => row.externalId === top.externalId);
  expect(position).toBeGreaterThanOrEqual(after.rows.length - after.reached);
  await today.scrollToRow(position);
  await expect(today.row(top.externalId)).toHaveAttribute('data-reached', 'true');
  await expect(today.row(top.externalId).getByTestId('row-reached')).toHaveText(/Reached/);
});

test('Esc closes the log-touch dialog without logging anything', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const list = await today.fetchTodayList();
  const top = await today.topExternalId();
  await today.openLogTouch(top);
  await page.keyboard.press('Escape');
  await expect(today.logTouchDialog).toBeHidden();
  await expect(today.row(top).getByTestId('log-touch-button')).toBeFocused();
  await expect(today.progress).toHaveText(`${list.reached} of ${list.rows.length} reached today`);
  expect((await today.fetchTodayList()).reached).toBe(list.reached);
});

test('a failed call is explained inside the dialog, which stays open', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const top = await today.topExternalId();
  await today.openLogTouch(top);

  // A time after the list's day is caught before anything is sent.
  await today.logTouchDialog.getByTestId('log-touch-when').fill('2999-01-01T09:00');
  await today.logTouchDialog.getByTestId('log-touch-submit').click();
  await expect(today.logTouchDialog.getByTestId('dialog-error')).toContainText("can't be later than the end of today's list");

  // The backend's own words reach the user when it refuses.
  const refusal = 'This account was merged into another one; reload the list.';
  await page.route('**/api/touchpoints.log', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'conflict', message: refusal } }) }),
  );
  await today.logTouchDialog.getByTestId('log-touch-when').fill('2020-01-01T09:00');
  await today.logTouchDialog.getByTestId('log-touch-submit').click();
  await expect(today.logTouchDialog.getByTestId('dialog-error')).toHaveText(refusal);
  await expect(today.logTouchDialog).toBeVisible();
  await expect(today.logTouchDialog.getByTestId('log-touch-submit')).toBeEnabled();
});

test('marking an account reviewed counts it as reached', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const before = await today.fetchTodayList();
  const top = await today.topExternalId();
  await today.row(top).getByTestId('review-button').click();
  await expect(today.progress).toHaveText(`${before.reached + 1} of ${before.rows.length} reached today`);
  await expect.poll(() => today.topExternalId()).not.toBe(top);
});

test('a snoozed account leaves the list', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const before = await today.fetchTodayList();
  const second = before.rows[1]!;
  await expect(today.row(second.externalId)).toBeVisible();

  await today.snooze(second.externalId, 'week');
  await expect(today.row(second.externalId)).toHaveCount(0);
  await expect(today.summary).toContainText('1 snoozed');
  const after = await today.fetchTodayList();
  expect(after.rows.map((row) => row.externalId)).not.toContain(second.externalId);
  expect(after.snoozed).toBe(before.snoozed + 1);
  await expect(today.progress).toHaveText(`${after.reached} of ${after.rows.length} reached today`);
});

test('choosing an owner shows only their accounts, and the choice is remembered', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const owners = await today.ownerOptions();
  expect(owners.length).toBeGreaterThan(1);
  const owner = owners[1]!;

  await today.chooseOwner(owner);
  const list = await today.fetchTodayList(owner);
  await expect(today.progress).toHaveText(`${list.reached} of ${list.rows.length} reached today`);
  await expect(today.rows.first()).toHaveAttribute('data-external-id', list.rows[0]!.externalId);
  const shownOwners = await today.rows.getByTestId('row-owner').allTextContents();
  expect(shownOwners.length).toBeGreaterThan(0);
  expect(new Set(shownOwners)).toEqual(new Set([owner]));

  await page.reload();
  await expect(today.ownerPicker).toHaveValue(owner);
  await expect(today.rows.first()).toHaveAttribute('data-external-id', list.rows[0]!.externalId);
});

test('filtering, sorting and hiding columns', async ({ page, consoleUrl }) => {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const list = await today.fetchTodayList();
  const target = list.rows[3]!;

  await today.filterInput.fill(target.externalId);
  await expect(today.rows).toHaveCount(1);
  await expect(today.rows.first()).toHaveAttribute('data-external-id', target.externalId);
  await expect(today.summary).toContainText('showing 1');
  await today.filterInput.fill('');

  await today.bandFilter.selectOption('neglected');
  const bands = await today.rows.getByTestId('row-band').evaluateAll((pills) => pills.map((pill) => pill.getAttribute('data-band')));
  expect(new Set(bands)).toEqual(new Set(['neglected']));
  await today.bandFilter.selectOption('');

  await page.getByRole('button', { name: /^Score/ }).click();
  const lowest = Math.min(...list.rows.map((row) => row.score));
  await expect(today.rows.first().getByTestId('row-score')).toHaveText(String(lowest));
  await expect(page.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'ascending');

  await today.columnsMenu.click();
  await page.getByTestId('columns-menu-panel').getByLabel('Owner').uncheck();
  await page.keyboard.press('Escape');
  await expect(today.rows.first().getByTestId('row-owner')).toHaveCount(0);
  await expect(today.columnsMenu).toContainText('1 hidden');
});

test('the API refuses calls without the console token', async ({ request, consoleUrl }) => {
  const url = new URL(consoleUrl);
  const token = url.searchParams.get('token') ?? '';
  const refused = await request.post(`${url.origin}/api/store.summary`, { data: {} });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

  const allowed = await request.post(`${url.origin}/api/store.summary`, { data: {}, headers: { 'x-tend-token': token } });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toMatchObject({ ok: true, value: { accounts: 0 } });
});
