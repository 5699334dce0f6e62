import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';
import { luminance, renderedContrast } from './pages/contrast';
import { TodayPage } from './pages/today-page';

// Each test loads the sample portfolio (300 accounts, two years of touchpoints) first.
test.describe.configure({ timeout: 120_000 });

const screenshots = join(repoRoot, 'test-results/screenshots');
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

/** Today's list with the sample portfolio, toasts gone, the mouse out of the way. */
async function sampleList(page: Page, consoleUrl: string): Promise<TodayPage> {
  const today = new TodayPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await closeToasts(page);
  await page.mouse.move(0, 0);
  return today;
}

/** Closes the toasts still showing; one may time out by itself meanwhile (they last seven seconds). */
export async function closeToasts(page: Page): Promise<void> {
  const close = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click({ timeout: 2_000 }).catch(() => undefined);
  await expect(page.getByTestId('toast')).toHaveCount(0);
}

async function pageBackground(page: Page): Promise<[number, number, number]> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 0, g = 0, b = 0] = color.match(/\d+/g)?.map(Number) ?? [];
  return [r, g, b];
}

/** Every kind of text on today's list, and the focus ring, meet WCAG AA in the theme the page is in. */
async function expectReadable(page: Page, today: TodayPage): Promise<void> {
  const checks: [string, string, number][] = [
    ['title', '.today__title', AA_TEXT],
    ['summary (muted)', '[data-testid="today-summary"]', AA_TEXT],
    ['account name', '[data-testid="row-name"]', AA_TEXT],
    ['account id (subtle)', '.account__id', AA_TEXT],
    ['owner (muted)', '[data-testid="row-owner"]', AA_TEXT],
    ['reason', '.why__top', AA_TEXT],
    ['"+N more" (accent on its tint)', '[data-testid="why-more"]', AA_TEXT],
    ['primary button (accent)', '[data-testid="log-touch-button"]', AA_TEXT],
    ['secondary button', '[data-testid="review-button"]', AA_TEXT],
    ['column header', '.grid-cell--head', AA_TEXT],
    ['filter placeholder-free input text', '[data-testid="filter-input"]', AA_TEXT],
    ['app name', '.app-bar__name', AA_TEXT],
  ];
  for (const [name, selector, minimum] of checks) {
    const { ratio } = await renderedContrast(page.locator(selector).first());
    expect(ratio, `${name} contrast`).toBeGreaterThanOrEqual(minimum);
  }
  // Each band's pill and score, shown by filtering the list to that band (the sample list has them all).
  for (const band of ['neglected', 'at_risk', 'watch']) {
    await today.bandFilter.selectOption(band);
    const pill = page.locator(`[data-testid="row-band"][data-band="${band}"]`).first();
    await expect(pill).toBeVisible();
    expect((await renderedContrast(pill)).ratio, `${band} pill contrast`).toBeGreaterThanOrEqual(AA_TEXT);
    expect((await renderedContrast(today.rows.first().getByTestId('row-score'))).ratio, `${band} score contrast`).toBeGreaterThanOrEqual(AA_TEXT);
  }
  await today.bandFilter.selectOption('');
  // Healthy accounts rarely make today's list; the accounts screen shows their pill, drawn the same way.
  const healthy = await page.locator('[data-testid="row-band"]').first().evaluate((pill) => {
    const copy = pill.cloneNode(true) as HTMLElement;
    copy.className = 'band band--healthy';
    copy.id = 'healthy-pill-probe';
    pill.after(copy);
    return copy.id;
  });
  expect((await renderedContrast(page.locator(`#${healthy}`))).ratio, 'healthy pill contrast').toBeGreaterThanOrEqual(AA_TEXT);
  await page.locator('.today__title').click();

  // The keyboard's focus ring on a row stands out from the row it rings.
  await page.keyboard.press('ArrowDown');
  const focused = today.rows.first();
  await expect(focused).toBeFocused();
  const ring = await renderedContrast(focused, 'focus ring');
  expect(ring.ratio, 'focus ring contrast').toBeGreaterThanOrEqual(AA_NON_TEXT);
}

/** The end of the list, where the accounts reached today sit, with the keyboard on the last one. */
async function showReachedRows(page: Page, today: TodayPage): Promise<void> {
  await page.keyboard.press('End');
  const last = today.rows.last();
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('data-reached', 'true');
  expect((await renderedContrast(last.getByTestId('row-name'))).ratio, 'reached account name contrast').toBeGreaterThanOrEqual(AA_TEXT);
  expect((await renderedContrast(last.locator('.why__top'))).ratio, 'reached reason contrast').toBeGreaterThanOrEqual(AA_TEXT);
  expect((await renderedContrast(last.getByTestId('row-band'))).ratio, 'reached band pill contrast').toBeGreaterThanOrEqual(AA_TEXT);
}

/** Saves the theme preference through the console's own API, as the Settings screen does. */
async function saveTheme(page: Page, theme: 'system' | 'light' | 'dark'): Promise<void> {
  await page.evaluate(async (chosen) => {
    const response = await fetch('/api/preferences.save', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tend-token': sessionStorage.getItem('tend.token') ?? '' },
      body: JSON.stringify({ preferences: { theme: chosen } }),
    });
    const result = (await response.json()) as { ok: boolean; error?: { message: string } };
    if (!result.ok) throw new Error(result.error?.message);
  }, theme);
}

async function expectPageTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect.poll(async () => luminance(await pageBackground(page)) > 0.5, { message: `the page should look ${theme}` }).toBe(theme === 'light');
}

test('a theme saved in Settings wins over the system from the next start on; "system" follows the system live', async ({ page, consoleUrl }) => {
  await sampleList(page, consoleUrl);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'system');

  await page.emulateMedia({ colorScheme: 'light' });
  await saveTheme(page, 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(new TodayPage(page).rows.first()).toBeVisible();
  await expectPageTheme(page, 'dark');

  await page.emulateMedia({ colorScheme: 'dark' });
  await saveTheme(page, 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expectPageTheme(page, 'light');

  await saveTheme(page, 'system');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'system');
  await expectPageTheme(page, 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectPageTheme(page, 'light');
});

test.describe('light', () => {
  test.use({ colorScheme: 'light' });

  test("today's list in the light theme: light page, readable text, screenshot", async ({ page, consoleUrl }) => {
    const today = await sampleList(page, consoleUrl);
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.8);
    await page.screenshot({ path: join(screenshots, 'today-light.png') });
    await expectReadable(page, today);
    await showReachedRows(page, today);
    await page.screenshot({ path: join(screenshots, 'today-reached-light.png') });
  });
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });

  test("today's list follows a dark system theme: dark page, readable text, screenshot", async ({ page, consoleUrl }) => {
    const today = await sampleList(page, consoleUrl);
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    await page.screenshot({ path: join(screenshots, 'today-dark.png') });
    await expectReadable(page, today);
    await showReachedRows(page, today);
    await page.screenshot({ path: join(screenshots, 'today-reached-dark.png') });
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`dialogs, menus and toasts, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test(`the log-a-touch dialog, the columns menu, a toast and the shortcuts help read well in the ${scheme} theme`, async ({ page, consoleUrl }) => {
      const today = await sampleList(page, consoleUrl);
      const top = await today.topExternalId();
      await today.openLogTouch(top);
      await today.logTouchDialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
      const email = today.logTouchDialog.getByTestId('log-touch-channel-email');
      await email.click();
      await page.mouse.move(0, 0);
      for (const element of [email, today.logTouchDialog.locator('.dialog__title'), today.logTouchDialog.locator('.dialog__subtitle'), today.logTouchDialog.getByTestId('log-touch-submit')]) {
        expect((await renderedContrast(element)).ratio).toBeGreaterThanOrEqual(AA_TEXT);
      }
      await page.screenshot({ path: join(screenshots, `log-touch-${scheme}.png`) });
      await today.logTouchDialog.getByTestId('log-touch-notes').fill('Sent the renewal quote.');
      await today.logTouchDialog.getByTestId('log-touch-submit').click();
      const toast = today.toasts.last();
      await expect(toast).toContainText('Logged an email');
      // Measured once it has faded in.
      await toast.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
      expect((await renderedContrast(toast.locator('.toast__text'))).ratio).toBeGreaterThanOrEqual(AA_TEXT);
      await page.screenshot({ path: join(screenshots, `toast-${scheme}.png`) });

      await today.columnsMenu.click();
      const menu = page.getByTestId('columns-menu-panel');
      await expect(menu).toBeVisible();
      await menu.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
      await page.keyboard.press('ArrowDown');
      expect((await renderedContrast(menu.getByRole('menuitemcheckbox').first())).ratio).toBeGreaterThanOrEqual(AA_TEXT);
      await page.screenshot({ path: join(screenshots, `columns-menu-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();

      await page.locator('.today__title').click();
      await page.keyboard.press('?');
      await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
      await page.screenshot({ path: join(screenshots, `shortcuts-${scheme}.png`) });
    });
  });
}
