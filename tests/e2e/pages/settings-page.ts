import { expect, type Locator, type Page } from '@playwright/test';

/** The settings screen: the health model with its live preview, and the user's preferences. */
export class SettingsPage {
  readonly page: Page;
  readonly screen: Locator;
  readonly saveButton: Locator;
  readonly restoreButton: Locator;
  readonly saveBar: Locator;
  readonly preview: Locator;
  readonly previewRows: Locator;
  readonly joining: Locator;
  readonly leaving: Locator;
  readonly onList: Locator;
  readonly fieldErrors: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('settings-screen');
    this.saveButton = page.getByTestId('save-settings');
    this.restoreButton = page.getByTestId('restore-defaults');
    this.saveBar = page.getByTestId('save-bar');
    this.preview = page.getByTestId('preview-panel');
    this.previewRows = page.getByTestId('preview-row');
    this.joining = page.getByTestId('preview-joining');
    this.leaving = page.getByTestId('preview-leaving');
    this.onList = page.getByTestId('preview-on-list');
    this.fieldErrors = page.getByTestId('field-error');
    this.toasts = page.getByTestId('toast');
  }

  /** From anywhere in the console: Settings, once the health model and its first preview are on screen. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.screen).toBeVisible();
    await expect(this.previewRows.first()).toBeVisible({ timeout: 20_000 });
  }

  cadenceRow(tier: string): Locator {
    return this.page.locator(`[data-testid="cadence-row"][data-tier="${tier}"]`);
  }

  async setCadence(tier: string, days: number): Promise<void> {
    await this.cadenceRow(tier).getByTestId('cadence-days').fill(String(days));
  }

  async setWeight(factor: string, weight: string): Promise<void> {
    await this.page.getByTestId(`weight-input-${factor}`).fill(weight);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.toasts.last()).toContainText('Saved');
    await expect(this.saveButton).toBeDisabled();
  }

  async restoreDefaults(): Promise<void> {
    await this.restoreButton.click();
    const dialog = this.page.getByTestId('restore-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('restore-confirm').click();
    await expect(dialog).toBeHidden();
    await expect(this.toasts.last()).toContainText('Restored');
  }

  async openPreferences(): Promise<void> {
    await this.page.getByTestId('tab-preferences').click();
    await expect(this.page.getByTestId('preferences-section')).toBeVisible();
  }

  /** Picks an option of one of the screen's drop-down lists (Radix Select) by its visible name. */
  async choose(testId: string, option: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
