import type { ConsoleMessage, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TodayPage } from './pages/today-page';

// Each test loads the sample portfolio (300 accounts, two years of touchpoints) before pressing its keys.
test.describe.configure({ timeout: 120_000 });

/** Today's list with the sample portfolio, no toasts left, nothing focused. */
async function sampleList(page: Page, consoleUrl: string): Promise<TodayPage> {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const close = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  // A toast may time out by itself while we reach for it.
  while ((await close.count()) > 0) await close.first().click({ timeout: 2_000 }).catch(() => undefined);
  await expect(today.toasts).toHaveCount(0);
  await page.locator('.today__title').click();
  return today;
}

/** Presses Tab until the element has focus (the When field's date and time parts are Tab stops of their own). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 10 && !(await target.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Content-Security-Policy refusals (an inline style a widget tried to inject, say) show up as console errors. */
function recordCspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refusals.push(message.text());
  });
  return refusals;
}

test('↑ ↓ j k Home End move through the list, one row in the Tab order, and Enter opens the account', async ({ page, consoleUrl }) => {
  const today = await sampleList(page, consoleUrl);
  const list = await today.fetchTodayList();
  const ids = list.rows.map((row) => row.externalId);
  expect(ids.length).toBeGreaterThan(40);

  // From nowhere in particular, ↓ takes the keyboard to the list.
  await page.keyboard.press('ArrowDown');
  await expect(today.row(ids[0]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await expect(today.row(ids[2]!)).toBeFocused();
  await page.keyboard.press('k');
  await expect(today.row(ids[1]!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(today.row(ids[0]!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(today.row(ids[0]!)).toBeFocused();

  // Roving tabindex: only the focused row (and its own buttons) are Tab stops.
  await page.keyboard.press('j');
  await expect(today.row(ids[1]!)).toHaveAttribute('tabindex', '0');
  await expect(today.row(ids[0]!)).toHaveAttribute('tabindex', '-1');
  await expect(today.row(ids[0]!).getByTestId('log-touch-button')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Tab');
  await expect(today.row(ids[1]!).locator('button:focus')).toHaveCount(1);

  // The last row is not even rendered until the keyboard gets there: End scrolls it into view and focuses it.
  await page.keyboard.press('Shift+Tab');
  await expect(today.row(ids[1]!)).toBeFocused();
  const last = ids.at(-1)!;
  await expect(today.row(last)).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(today.row(last)).toBeFocused();
  await expect(today.row(last)).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Home');
  await expect(today.row(ids[0]!)).toBeFocused();
  await expect(today.row(ids[0]!)).toBeInViewport({ ratio: 1 });
  // Holding ↓ keeps each row in view (to the pixel: the list's height need not be a whole number of pixels).
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
  await expect(today.row(ids[20]!)).toBeFocused();
  await expect(today.row(ids[20]!)).toBeInViewport({ ratio: 0.95 });
  // …and ↑ back up keeps it clear of the sticky header.
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowUp');
  await expect(today.row(ids[5]!)).toBeFocused();
  const header = await page.locator('.grid-head').boundingBox();
  const row = await today.row(ids[5]!).boundingBox();
  expect(row!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);

  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const account = list.rows[1]!;
  await expect(today.row(account.externalId)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#accounts/${account.accountId}$`));
  await expect(today.table).toBeHidden();
  // The account page loads its history and charts first; give it time on a busy machine.
  await expect(page.getByRole('heading', { name: account.name })).toBeVisible({ timeout: 30_000 });
});

test('L logs a touch without the mouse: arrows choose, Enter adds a line to the note, Ctrl+Enter logs', async ({ page, consoleUrl }) => {
  const refusals = recordCspRefusals(page);
  const today = await sampleList(page, consoleUrl);
  const before = await today.fetchTodayList();
  const [top, second] = before.rows as [(typeof before.rows)[0], (typeof before.rows)[0]];

  await page.keyboard.press('ArrowDown');
  await expect(today.row(top.externalId)).toBeFocused();
  await page.keyboard.press('l');
  const dialog = today.logTouchDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('When')).toBeFocused();

  // Tab reaches the channel (one stop for the whole row of choices); the arrows choose as they go.
  await tabTo(page, dialog.getByTestId('log-touch-channel-call'));
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByTestId('log-touch-channel-email')).toBeFocused();
  await expect(dialog.getByTestId('log-touch-channel-email')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('log-touch-direction-outbound')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByTestId('log-touch-direction-inbound')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByTestId('log-touch-direction-outbound')).toBeChecked();
  await page.keyboard.press('Tab');
  const notes = dialog.getByTestId('log-touch-notes');
  await expect(notes).toBeFocused();
  await page.keyboard.type('Sent the renewal quote.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Follow up on Friday.');
  await expect(dialog).toBeVisible();
  await expect(notes).toHaveValue('Sent the renewal quote.\nFollow up on Friday.');

  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(today.toasts.last()).toContainText(`Logged an email with ${top.name}`);

  // The logged account sinks among the reached; the keyboard carries on with the account now on top.
  await expect.poll(() => today.topExternalId()).toBe(second.externalId);
  await expect(today.row(second.externalId)).toBeFocused();
  const after = await today.fetchTodayList();
  const position = after.rows.findIndex((row) => row.externalId === top.externalId);
  await today.scrollToRow(position);
  await expect(today.row(top.externalId)).toHaveAttribute('data-reached', 'true');
  await expect(today.row(top.externalId).getByTestId('row-reached')).toBeVisible();
  expect(refusals).toEqual([]);
});

test('Enter logs from any field but the note, Esc closes, and R, S, / and ? work on the list', async ({ page, consoleUrl }) => {
  const refusals = recordCspRefusals(page);
  const today = await sampleList(page, consoleUrl);
  const before = await today.fetchTodayList();
  const rows = before.rows;

  // Esc closes the dialog and gives the keyboard back to the row.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('L');
  await expect(today.logTouchDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(today.logTouchDialog).toBeHidden();
  await expect(today.row(rows[0]!.externalId)).toBeFocused();

  // Enter on a choice logs the touch, as it does from the When field.
  await page.keyboard.press('l');
  await tabTo(page, today.logTouchDialog.getByTestId('log-touch-channel-call'));
  await page.keyboard.press('Enter');
  await expect(today.logTouchDialog).toBeHidden();
  await expect(today.toasts.last()).toContainText(`Logged a call with ${rows[0]!.name}`);
  await expect(today.progress).toHaveText(`${before.reached + 1} of ${rows.length} reached today`);
  await expect(today.row(rows[1]!.externalId)).toBeFocused();

  // R marks the focused account reviewed; the next one takes its place under the keyboard.
  await page.keyboard.press('r');
  await expect(today.toasts.last()).toContainText(`Marked ${rows[1]!.name} as reviewed`);
  await expect(today.progress).toHaveText(`${before.reached + 2} of ${rows.length} reached today`);
  await expect(today.row(rows[2]!.externalId)).toBeFocused();

  // S opens the snooze dialog; Enter on its preset snoozes.
  await page.keyboard.press('s');
  await expect(today.snoozeDialog).toBeVisible();
  await expect(today.snoozeDialog.getByTestId('snooze-preset-week')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(today.snoozeDialog).toBeHidden();
  await expect(today.toasts.last()).toContainText(`Snoozed ${rows[2]!.name}`);
  await expect(today.row(rows[2]!.externalId)).toHaveCount(0);
  await expect(today.row(rows[3]!.externalId)).toBeFocused();

  // / jumps to the filter; typing there never triggers a shortcut.
  await page.keyboard.press('/');
  await expect(today.filterInput).toBeFocused();
  await page.keyboard.type(rows[4]!.externalId);
  await expect(today.filterInput).toHaveValue(rows[4]!.externalId);
  await expect(today.rows).toHaveCount(1);
  await expect(today.snoozeDialog).toBeHidden();
  await today.filterInput.fill('');

  // ? lists the shortcuts; Esc closes the list.
  await page.locator('.today__title').click();
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts-dialog');
  await expect(help).toBeVisible();
  await expect(help.getByText('Mark reviewed for today')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByTestId('shortcuts-button').click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-button')).toBeFocused();
  expect(refusals).toEqual([]);
});
