import { expect, type Locator, type Page } from '@playwright/test';

/** One account's page (`#accounts/ID`) and the dialogs it opens. */
export class AccountScreen {
  readonly page: Page;
  readonly root: Locator;
  readonly name: Locator;
  readonly score: Locator;
  readonly band: Locator;
  readonly reasons: Locator;
  readonly factors: Locator;
  readonly timeline: Locator;
  readonly timelineTouches: Locator;
  readonly complaintsPanel: Locator;
  readonly openComplaints: Locator;
  readonly voice: Locator;
  readonly rhythm: Locator;
  readonly scoreHistory: Locator;
  readonly touchDialog: Locator;
  readonly updateDialog: Locator;
  readonly resolveDialog: Locator;
  readonly openComplaintDialog: Locator;
  readonly surveyDialog: Locator;
  readonly deleteDialog: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('account-page');
    this.name = page.getByTestId('account-name');
    this.score = page.getByTestId('account-score');
    this.band = page.getByTestId('account-band');
    this.reasons = page.getByTestId('factor-breakdown').getByTestId('reason');
    this.factors = page.getByTestId('factor');
    this.timeline = page.getByTestId('timeline');
    this.timelineTouches = this.timeline.getByTestId('timeline-touchpoint');
    this.complaintsPanel = page.getByTestId('complaints-panel');
    this.openComplaints = this.complaintsPanel.getByTestId('open-complaint-item');
    this.voice = page.getByTestId('customer-voice');
    this.rhythm = page.getByTestId('contact-rhythm');
    this.scoreHistory = page.getByTestId('score-history');
    this.touchDialog = page.getByTestId('touchpoint-dialog');
    this.updateDialog = page.getByTestId('complaint-update-dialog');
    this.resolveDialog = page.getByTestId('complaint-resolve-dialog');
    this.openComplaintDialog = page.getByTestId('complaint-open-dialog');
    this.surveyDialog = page.getByTestId('survey-dialog');
    this.deleteDialog = page.getByTestId('delete-touchpoint-dialog');
    this.toasts = page.getByTestId('toast');
  }

  /** Opens the page by its address, as a bookmark or Back would. */
  async goto(accountId: number): Promise<void> {
    await this.page.evaluate((id) => {
      window.location.hash = `#accounts/${id}`;
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, accountId);
    await this.waitFor(accountId);
  }

  async waitFor(accountId: number): Promise<void> {
    // The page's code loads on first use, and the page itself after that.
    await expect(this.root).toHaveAttribute('data-account-id', String(accountId), { timeout: 30_000 });
    await expect(this.name).toBeVisible({ timeout: 30_000 });
  }

  async bandName(): Promise<string> {
    return (await this.band.getAttribute('data-band')) ?? '';
  }

  async scoreValue(): Promise<number> {
    return Number((await this.score.getAttribute('aria-label'))?.match(/(\d+) of 100/)?.[1]);
  }

  touchpoint(id: number): Locator {
    return this.timeline.locator(`[data-touchpoint-id="${id}"]`);
  }

  /** Logs a touch from the header with the given note; waits for the toast. */
  async logTouch(options: { notes: string; channel?: string; sentiment?: string }): Promise<void> {
    await this.page.getByTestId('log-touch').click();
    await expect(this.touchDialog).toBeVisible();
    if (options.channel) await this.touchDialog.getByTestId(`touchpoint-channel-${options.channel}`).click();
    if (options.sentiment) await this.touchDialog.getByTestId(`touchpoint-sentiment-${options.sentiment}`).click();
    await this.touchDialog.getByTestId('touchpoint-notes').fill(options.notes);
    await this.touchDialog.getByTestId('touchpoint-submit').click();
    await expect(this.touchDialog).toBeHidden();
    await expect(this.toasts.last()).toContainText('Added a');
  }

  async resolveComplaint(complaintId: number, note: string): Promise<void> {
    await this.complaintsPanel.locator(`[data-complaint-id="${complaintId}"]`).getByTestId('complaint-resolve').click();
    await expect(this.resolveDialog).toBeVisible();
    await this.resolveDialog.getByTestId('complaint-resolve-notes').fill(note);
    await this.resolveDialog.getByTestId('complaint-resolve-submit').click();
    await expect(this.resolveDialog).toBeHidden();
    await expect(this.toasts.last()).toContainText('Resolved');
  }

  async dismissToasts(): Promise<void> {
    await dismissToasts(this.page);
  }
}

/**
 * Closes every toast, for a clean screenshot. A toast may leave by itself
 * (after 7 s) between finding its button and clicking it; that is fine too.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByTestId('toast');
  const close = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  await expect(async () => {
    if ((await close.count()) > 0) await close.first().click({ timeout: 1_000 });
    await expect(toasts).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
}
