import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const FILES = join(import.meta.dirname, '../files');
const DAY_MS = 86_400_000;

/** A date `days` before today (UTC), written day-first as a European CRM export writes it: "25/09/2026 14:30". */
export function dayFirst(daysAgo: number, time: string, now = Date.now()): string {
  const day = new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year} ${time}`;
}

/** The same instant as the preview shows it once stored: "2026-09-25 14:30 UTC". */
export function storedInstant(daysAgo: number, time: string, now = Date.now()): string {
  return `${new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10)} ${time} UTC`;
}

/**
 * A fixture from tests/e2e/files with its `{{today-N HH:MM}}` placeholders
 * filled in relative to today, so the accounts in it are always overdue.
 */
export function fixtureFile(name: string, now = Date.now()): { name: string; mimeType: string; buffer: Buffer } {
  const text = readFileSync(join(FILES, name), 'utf8').replace(/\{\{today-(\d+) (\d\d:\d\d)\}\}/g, (_, days: string, time: string) =>
    dayFirst(Number(days), time, now),
  );
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** The import screen as an account manager sees it: pick a file, check the columns, import, undo. */
export class ImportPage {
  readonly page: Page;
  readonly screen: Locator;
  readonly fileInput: Locator;
  readonly review: Locator;
  readonly problems: Locator;
  readonly previewTable: Locator;
  readonly previewRows: Locator;
  readonly previewCounts: Locator;
  readonly startButton: Locator;
  readonly status: Locator;
  readonly summary: Locator;
  readonly history: Locator;
  readonly historyRows: Locator;
  readonly undoDialog: Locator;
  readonly readError: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('import-screen');
    this.fileInput = page.getByTestId('import-file-input');
    this.review = page.getByTestId('import-review');
    this.problems = page.getByTestId('import-problems');
    this.previewTable = page.getByTestId('import-preview-table');
    this.previewRows = page.getByTestId('import-preview-row');
    this.previewCounts = page.getByTestId('import-preview-counts');
    this.startButton = page.getByTestId('import-start');
    this.status = page.getByTestId('import-status');
    this.summary = page.getByTestId('import-summary');
    this.history = page.getByTestId('import-history');
    this.historyRows = page.getByTestId('import-history-row');
    this.undoDialog = page.getByTestId('import-undo-dialog');
    this.readError = page.getByTestId('import-read-error');
    this.toasts = page.getByTestId('toast');
  }

  /** From the welcome screen of an empty store. */
  async openFromFirstRun(): Promise<void> {
    await expect(this.page.getByTestId('first-run')).toBeVisible();
    await this.page.getByTestId('import-logs').click();
    await expect(this.screen).toBeVisible();
  }

  /** Hands the hidden file input a file, as the browser's chooser would. */
  async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** Drags a file onto the screen and drops it, as from the desktop's file manager. */
  async drop(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, type, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type }));
        return transfer;
      },
      { name: file.name, type: file.mimeType, text: file.buffer.toString('utf8') },
    );
    const zone = this.page.getByTestId('import-dropzone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await expect(zone).toHaveClass(/dropzone--active/);
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  kindChoice(kind: 'touchpoints' | 'accounts'): Locator {
    return this.page.getByTestId(`import-kind-${kind}`);
  }

  mapSelect(field: string): Locator {
    return this.page.getByTestId(`import-map-${field}`);
  }

  /** Chooses the file's column for a Tend field and waits for the preview to catch up. */
  async mapColumn(field: string, column: string): Promise<void> {
    await this.mapSelect(field).selectOption({ label: column });
    await expect(this.review).toHaveAttribute('aria-busy', 'false');
  }

  /** A stored value in the preview table: row by position, column by Tend field. */
  previewCell(row: number, field: string): Locator {
    return this.previewRows.nth(row).locator(`td[data-field="${field}"]`);
  }

  count(name: 'added' | 'duplicates' | 'rejected' | 'accounts-created' | 'accounts-updated'): Locator {
    return this.summary.getByTestId(`import-count-${name}`);
  }

  /** Starts the import and waits for the summary. */
  async importNow(): Promise<void> {
    await expect(this.startButton).toBeEnabled();
    await this.startButton.click();
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
  }

  /** Upload the contact-log fixture, map its unrecognised account column by hand, import it. */
  async importContactLog(file = fixtureFile('contact-log.csv')): Promise<void> {
    await this.upload(file);
    await expect(this.review).toBeVisible();
    await this.mapColumn('account', 'Kunde');
    await expect(this.problems).toHaveCount(0);
    await this.importNow();
  }

  async importAnother(): Promise<void> {
    await this.summary.getByTestId('import-another').click();
    await expect(this.page.getByTestId('import-dropzone')).toBeVisible();
  }

  async dismissToasts(): Promise<void> {
    for (const close of await this.page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' }).all()) await close.click();
    await expect(this.toasts).toHaveCount(0);
  }

  historyRow(batchId: number | string): Locator {
    return this.page.locator(`[data-testid="import-history-row"][data-batch-id="${batchId}"]`);
  }

  async historyBatchIds(): Promise<string[]> {
    return this.historyRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-batch-id') ?? ''));
  }
}
