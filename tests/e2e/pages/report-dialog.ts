import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type ReportKind = 'account' | 'portfolio';
export type ReportFormat = 'pdf' | 'html' | 'md' | 'csv' | 'xlsx';

/** The export dialog: report type, its choices, the live preview, and Save (a download in the browser console). */
export class ReportDialog {
  readonly page: Page;
  readonly root: Locator;
  readonly openButton: Locator;
  /** The report itself, inside the preview's shadow root (Playwright's locators pierce it). */
  readonly document: Locator;
  readonly paper: Locator;
  readonly previewWaiting: Locator;
  readonly previewError: Locator;
  readonly saveButton: Locator;
  readonly accountSearch: Locator;
  readonly accountOptions: Locator;
  readonly internalSwitch: Locator;
  readonly internalBadge: Locator;
  readonly nextSteps: Locator;
  readonly contactLine: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('report-dialog');
    this.openButton = page.getByTestId('export-report');
    this.document = this.root.getByTestId('report-preview-document');
    this.paper = this.root.locator('.report-paper');
    this.previewWaiting = this.root.getByTestId('report-preview-waiting');
    this.previewError = this.root.getByTestId('report-preview-error');
    this.saveButton = this.root.getByTestId('report-save');
    this.accountSearch = this.root.getByTestId('report-account-search');
    this.accountOptions = this.root.getByTestId('report-account-option');
    this.internalSwitch = this.root.getByTestId('report-internal');
    this.internalBadge = this.root.getByTestId('report-internal-badge');
    this.nextSteps = this.root.getByTestId('report-next-steps');
    this.contactLine = this.root.getByTestId('report-contact-line');
    this.error = this.root.getByTestId('dialog-error');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.root).toBeVisible();
  }

  async chooseKind(kind: ReportKind): Promise<void> {
    await this.root.getByTestId(`report-kind-${kind}`).click();
    await expect(this.root.getByTestId(`report-kind-${kind}`)).toHaveAttribute('aria-selected', 'true');
  }

  /** Types part of the account's name and picks it from the matches. */
  async pickAccount(name: string): Promise<void> {
    if (!(await this.accountSearch.isVisible())) await this.root.getByTestId('report-account-change').click();
    await this.accountSearch.fill(name);
    await this.accountOptions.filter({ hasText: name }).first().click();
    await expect(this.root.getByTestId('report-account')).toContainText(name);
  }

  async chooseFormat(format: ReportFormat): Promise<void> {
    await this.root.getByTestId(`report-format-${format}`).click();
    await expect(this.root.getByTestId(`report-format-${format}`)).toHaveAttribute('aria-checked', 'true');
  }

  async choosePaper(paper: 'a4' | 'letter'): Promise<void> {
    await this.root.getByTestId(`report-paper-${paper}`).click();
  }

  /** Waits until the preview shows the report for the current choices (not a stale one, not loading). */
  async waitForPreview(): Promise<void> {
    await expect(this.document).toBeVisible({ timeout: 20_000 });
    await expect(this.paper).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  }

  /** Presses Save and returns the browser download it starts. */
  async save(): Promise<Download> {
    const downloading = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.saveButton.click();
    return downloading;
  }

  /** The downloaded file's bytes. */
  static async bytesOf(download: Download): Promise<Buffer> {
    const path = await download.path();
    return readFile(path);
  }
}
