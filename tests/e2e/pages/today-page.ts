import { expect, type Locator, type Page } from '@playwright/test';
import type { TodayList } from '../../../shared/contract';

/** Tend's days are UTC days; the tests ask for the same day the console shows. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The console as an account manager sees it: the welcome screen, today's list and its dialogs. */
export class TodayPage {
  readonly page: Page;
  readonly firstRun: Locator;
  readonly loadSampleButton: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly ownerPicker: Locator;
  readonly filterInput: Locator;
  readonly bandFilter: Locator;
  readonly columnsMenu: Locator;
  readonly logTouchDialog: Locator;
  readonly snoozeDialog: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.firstRun = page.getByTestId('first-run');
    this.loadSampleButton = page.getByTestId('load-sample');
    this.table = page.getByTestId('today-table');
    this.rows = page.getByTestId('today-row');
    this.progress = page.getByTestId('progress-reached');
    this.summary = page.getByTestId('today-summary');
    this.ownerPicker = page.getByTestId('owner-picker');
    this.filterInput = page.getByTestId('filter-input');
    this.bandFilter = page.getByTestId('band-filter');
    this.columnsMenu = page.getByTestId('columns-menu');
    this.logTouchDialog = page.getByTestId('log-touch-dialog');
    this.snoozeDialog = page.getByTestId('snooze-dialog');
    this.toasts = page.getByTestId('toast');
  }

  async open(consoleUrl: string): Promise<void> {
    await this.page.goto(consoleUrl);
  }

  /** From the welcome screen: load the sample portfolio and wait for the list. */
  async loadSampleData(): Promise<void> {
    await expect(this.firstRun).toBeVisible();
    await this.loadSampleButton.click();
    await expect(this.rows.first()).toBeVisible({ timeout: 30_000 });
  }

  row(externalId: string): Locator {
    return this.page.locator(`[data-testid="today-row"][data-external-id="${externalId}"]`);
  }

  /** External ids of the rows currently rendered, top to bottom (the grid renders in list order). */
  async renderedExternalIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-external-id') ?? ''));
  }

  async topExternalId(): Promise<string> {
    return (await this.rows.first().getAttribute('data-external-id')) ?? '';
  }

  /** Scrolls the grid so the row at this list position is rendered (rows are virtualised). */
  async scrollToRow(position: number): Promise<void> {
    await this.table.evaluate((grid, index) => {
      const rowHeight = grid.querySelector('[data-testid="today-row"]')?.getBoundingClientRect().height ?? 60;
      grid.scrollTop = Math.max(0, index * rowHeight - grid.clientHeight / 2);
    }, position);
  }

  /** Calls `today.list` from inside the page with the console's own token, as the UI does. */
  async fetchTodayList(owner: string | null = null): Promise<TodayList> {
    return this.page.evaluate(
      async ({ asOf, owner: who }) => {
        const response = await fetch('/api/today.list', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tend-token': sessionStorage.getItem('tend.token') ?? '' },
          body: JSON.stringify({ asOf, owner: who }),
        });
        const result = (await response.json()) as { ok: true; value: TodayList } | { ok: false; error: { message: string } };
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      },
      { asOf: todayUtc(), owner },
    );
  }

  async openLogTouch(externalId: string): Promise<void> {
    await this.row(externalId).getByTestId('log-touch-button').click();
    await expect(this.logTouchDialog).toBeVisible();
  }

  /** Logs a touch through the dialog (defaults: a call, outbound, now) and waits for the list to refresh. */
  async logTouch(externalId: string, options: { notes?: string; channel?: string; sentiment?: string } = {}): Promise<void> {
    await this.openLogTouch(externalId);
    await this.submitLogTouch(options);
  }

  async submitLogTouch(options: { notes?: string; channel?: string; sentiment?: string } = {}): Promise<void> {
    if (options.channel) await this.logTouchDialog.getByTestId(`log-touch-channel-${options.channel}`).check({ force: true });
    if (options.sentiment) await this.logTouchDialog.getByTestId(`log-touch-sentiment-${options.sentiment}`).check({ force: true });
    if (options.notes) await this.logTouchDialog.getByTestId('log-touch-notes').fill(options.notes);
    await this.logTouchDialog.getByTestId('log-touch-submit').click();
    await expect(this.logTouchDialog).toBeHidden();
    await expect(this.toasts.last()).toContainText('Logged');
  }

  async snooze(externalId: string, preset: 'tomorrow' | 'week' | 'two-weeks' = 'week'): Promise<void> {
    await this.row(externalId).getByTestId('snooze-button').click();
    await expect(this.snoozeDialog).toBeVisible();
    await this.snoozeDialog.getByTestId(`snooze-preset-${preset}`).check({ force: true });
    await this.snoozeDialog.getByTestId('snooze-submit').click();
    await expect(this.snoozeDialog).toBeHidden();
    await expect(this.toasts.last()).toContainText('Snoozed');
  }

  async dismissToasts(): Promise<void> {
    for (const close of await this.page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' }).all()) await close.click();
    await expect(this.toasts).toHaveCount(0);
  }

  async chooseOwner(owner: string | null): Promise<void> {
    await this.ownerPicker.selectOption(owner === null ? { label: 'Everyone' } : { label: owner });
  }

  async ownerOptions(): Promise<string[]> {
    return (await this.ownerPicker.locator('option').allTextContents()).filter((label) => label !== 'Everyone');
  }
}
