import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, repoRoot, test } from './fixtures';
import { fixtureFile, ImportPage, storedInstant } from './pages/import-page';
import { TodayPage } from './pages/today-page';

const artifacts = join(repoRoot, 'tests/artifacts');
const ACCOUNTS = ['Harbour & Finch Ltd', 'Kestrel Freight GmbH', 'Lumen Dental Group', 'Oakridge Analytics', 'Saltmarsh Bakeries'];

/** A successful API answer, for calls the network layer plays. */
function json(value: unknown) {
  return { status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) };
}

/** The JSON answers of the upload and preview calls, to compare what the screen says with what the backend said. */
function recordAnswers(page: Page): { message: () => string | null } {
  const failures: string[] = [];
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path !== '/upload' && path !== '/api/import.preview') return;
    try {
      const body = (await response.json()) as { ok: boolean; error?: { message: string } };
      if (!body.ok && body.error) failures.push(body.error.message);
    } catch {
      // Not JSON: nothing to compare.
    }
  });
  return { message: () => failures.at(-1) ?? null };
}

test('a contact log from the welcome screen: map the unrecognised column, check the preview, import, and find the accounts on today\'s list', async ({
  page,
  consoleUrl,
}) => {
  const now = Date.now();
  const importer = new ImportPage(page);
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  await expect(page.getByTestId('nav-import')).toHaveAttribute('aria-current', 'page');
  await importer.upload(fixtureFile('contact-log.csv', now));

  // What Tend found: a contact log, read as CSV; but no column it recognises as the account.
  await expect(importer.review).toBeVisible();
  await expect(importer.kindChoice('touchpoints')).toBeChecked();
  await expect(page.getByTestId('import-file-facts')).toContainText('CSV');
  await expect(page.getByTestId('import-file-facts')).toContainText('6 columns');
  await expect(importer.mapSelect('occurred_at')).toHaveValue('Activity Date');
  await expect(importer.mapSelect('owner')).toHaveValue('Assigned To');
  await expect(importer.mapSelect('account')).toHaveValue('');
  await expect(importer.problems).toContainText("Choose the column for 'Account'");
  await expect(importer.startButton).toBeDisabled();
  await expect(page.getByTestId('import-raw-table')).toBeVisible();

  // Map "Kunde" by hand: the problems go and the preview shows the rows as they will be stored.
  await importer.mapColumn('account', 'Kunde');
  await expect(importer.problems).toHaveCount(0);
  await expect(importer.previewTable).toBeVisible();
  await expect(importer.previewCounts).toHaveText('14 of 15 rows ready · 1 will be rejected');
  await expect(importer.previewCell(0, 'account')).toHaveText('Harbour & Finch Ltd');
  await expect(importer.previewCell(0, 'occurred_at')).toHaveText(storedInstant(131, '09:15', now));
  await expect(importer.previewCell(0, 'channel')).toHaveText('Call');
  await expect(importer.previewCell(0, 'direction')).toHaveText('Outbound');
  await expect(importer.previewCell(1, 'channel')).toHaveText('Email');
  const rejected = page.locator('[data-testid="import-preview-row"][data-ok="false"]');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText("'When it happened' is 'next Tuesday'");
  await expect(importer.startButton).toBeEnabled();
  await expect(importer.startButton).toHaveText('Import contact log');
  // The screen scrolls inside its own pane: a tall window shows the mapping and the preview together.
  await page.setViewportSize({ width: 1440, height: 1640 });
  await page.screenshot({ path: join(artifacts, 'import-review.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  await importer.importNow();
  await expect(importer.count('added')).toHaveAttribute('data-value', '14');
  await expect(importer.count('duplicates')).toHaveAttribute('data-value', '0');
  await expect(importer.count('rejected')).toHaveAttribute('data-value', '1');
  await expect(importer.count('accounts-created')).toHaveAttribute('data-value', '5');
  await expect(page.getByTestId('import-reject')).toHaveCount(1);
  await expect(page.getByTestId('import-reject')).toContainText('Line 11');

  // The rejected row can be saved as a CSV to fix: the file's columns plus the problem.
  const download = page.waitForEvent('download');
  await page.getByTestId('import-save-rejects').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('contact-log - rejected rows.csv');
  const csv = readFileSync(await saved.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, row] = csv.split('\r\n');
  expect(header).toBe('Activity Date,Kunde,Assigned To,Call Direction,Activity Type,Comments,Problem');
  expect(row).toMatch(/^next Tuesday,Saltmarsh Bakeries,Maya Patel,Outbound,Call,Follow-up that was never dated,".*next Tuesday.*"$/);
  await importer.dismissToasts();
  await page.screenshot({ path: join(artifacts, 'import-done.png') });

  // Every account in the file is overdue, so all of them are on today's list.
  await page.getByTestId('import-see-today').click();
  const today = new TodayPage(page);
  await expect(today.rows.first()).toBeVisible();
  await expect(page.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
  const names = await today.rows.getByTestId('row-name').allTextContents();
  expect(names.toSorted()).toEqual(ACCOUNTS);
  const list = await today.fetchTodayList();
  expect(list.rows.map((r) => r.name).toSorted()).toEqual(ACCOUNTS);
  expect(list.owners.toSorted()).toEqual(['Maya Patel', 'Tom Reilly']);
});

test('importing the same file again adds nothing and reports duplicates; undo from history removes the import', async ({ page, consoleUrl }) => {
  const importer = new ImportPage(page);
  const file = fixtureFile('contact-log.csv');
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  await expect(page.getByTestId('import-history-empty')).toBeVisible();
  await importer.importContactLog(file);
  await expect(importer.historyRows).toHaveCount(1);

  await importer.importAnother();
  await importer.importContactLog(file);
  await expect(importer.count('added')).toHaveAttribute('data-value', '0');
  await expect(importer.count('duplicates')).toHaveAttribute('data-value', '14');
  await expect(importer.count('accounts-created')).toHaveAttribute('data-value', '0');
  await expect(importer.summary).toContainText('already in Tend');
  await expect(importer.historyRows).toHaveCount(2);

  // Newest first: the re-import (nothing added), then the first import.
  const [again, first] = await importer.historyBatchIds();
  await expect(importer.historyRow(again!).getByTestId('history-added')).toHaveText('0');
  await expect(importer.historyRow(first!).getByTestId('history-added')).toContainText('14');
  await expect(importer.historyRow(first!).getByTestId('history-added')).toContainText('5 accounts');

  await importer.historyRow(first!).getByTestId('import-undo').click();
  await expect(importer.undoDialog).toBeVisible();
  await expect(importer.undoDialog.getByTestId('import-undo-question')).toHaveText('Remove the 14 touchpoints and 5 accounts this import added?');
  await importer.undoDialog.getByTestId('import-undo-confirm').click();
  await expect(importer.undoDialog).toBeHidden();
  await expect(importer.toasts.last()).toContainText('removed 14 touchpoints and 5 accounts');
  await expect(importer.historyRow(first!)).toHaveAttribute('data-status', 'undone');
  await expect(importer.historyRow(first!).getByTestId('history-status')).toContainText('Undone');
  await expect(importer.historyRow(first!).getByTestId('import-undo')).toHaveCount(0);
  await importer.dismissToasts();
  await importer.history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'import-history.png') });

  // The store is empty again: "Today" leads back to the welcome screen.
  await page.getByTestId('nav-today').click();
  await expect(page.getByTestId('first-run')).toBeVisible();
});

test('a file that is not a spreadsheet is refused in words, and nothing is imported', async ({ page, consoleUrl }) => {
  const importer = new ImportPage(page);
  const answers = recordAnswers(page);
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await importer.upload({ name: 'contacts.csv', mimeType: 'text/csv', buffer: png });

  const message = page.getByTestId('import-read-error-message').or(page.getByTestId('error-banner'));
  await expect(message).toBeVisible();
  const backendSaid = answers.message();
  expect(backendSaid).toBeTruthy();
  await expect(message).toContainText(backendSaid!);
  await expect(page.getByTestId('import-history-empty')).toBeVisible();
  await expect(importer.historyRows).toHaveCount(0);
});

test('dates that read either way must be answered before importing', async ({ page, consoleUrl }) => {
  const importer = new ImportPage(page);
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  const rows = [
    ['Customer ID', 'Company', 'Date', 'Direction', 'Notes'],
    ['ACME-1', 'Acme Tools', '03/04/2026 09:00', 'Outbound', 'Renewal call'],
    ['ACME-1', 'Acme Tools', '05/06/2026 10:30', 'Inbound', 'Asked for a discount'],
    ['BRT-7', 'Brightwater Hotels', '07/08/2026 11:00', 'Outbound', 'Sent brochure'],
  ];
  // Dropped onto the screen rather than chosen.
  await importer.drop({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.map((r) => r.join(',')).join('\n')) });
  await expect(page.getByTestId('import-file-name')).toHaveText('calls.csv');
  const question = page.getByTestId('import-date-question');
  await expect(question).toContainText('Are dates in this file day-first or month-first?');
  await expect(question).toContainText('03/04/2026 09:00');
  await expect(importer.startButton).toBeDisabled();
  await expect(importer.status).toContainText('day-first or month-first');

  await page.getByTestId('import-date-order-dmy').check();
  await expect(importer.startButton).toBeEnabled();
  await expect(importer.previewCell(0, 'occurred_at')).toHaveText('2026-04-03 09:00 UTC');
  await page.getByTestId('import-date-order-mdy').check();
  await expect(importer.previewCell(0, 'occurred_at')).toHaveText('2026-03-04 09:00 UTC');
  await expect(page.getByTestId('import-date-format')).toHaveValue('mdy');

  // Switching the kind and back keeps the columns chosen for a contact log.
  await importer.kindChoice('accounts').check();
  await expect(importer.mapSelect('tier')).toBeVisible();
  await importer.kindChoice('touchpoints').check();
  await expect(importer.mapSelect('occurred_at')).toHaveValue('Date');
  await expect(page.getByTestId('import-date-format')).toHaveValue('mdy');
});

test('an Excel workbook: choose the sheet that holds the contact log', async ({ page, consoleUrl }) => {
  const importer = new ImportPage(page);
  const workbook = new ExcelJS.Workbook();
  const accounts = workbook.addWorksheet('Accounts');
  accounts.addRows([
    ['Account ID', 'Company Name', 'Account Owner', 'Tier', 'ARR'],
    ['NW-1', 'Northwind Logistics', 'Maya Patel', 'Strategic', 120000],
    ['BP-2', 'Bluepeak Dental', 'Tom Reilly', 'Standard', 18000],
  ]);
  const calls = workbook.addWorksheet('Calls');
  calls.addRows([
    ['Account ID', 'Call Start Time', 'Direction', 'Notes'],
    ['NW-1', new Date(Date.UTC(2026, 8, 1, 9, 30)), 'Outbound', 'Quarterly check-in'],
    ['BP-2', new Date(Date.UTC(2026, 8, 2, 14, 0)), 'Inbound', 'Asked about the invoice'],
  ]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  await importer.upload({ name: 'crm-export.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });

  // The first sheet is an account list; the workbook's other sheet can be chosen instead.
  await expect(page.getByTestId('import-file-facts')).toContainText('Excel workbook');
  await expect(page.getByTestId('import-sheet')).toHaveValue('Accounts');
  await expect(importer.kindChoice('accounts')).toBeChecked();
  await expect(importer.previewCell(0, 'tier')).toHaveText('Strategic');
  await page.getByTestId('import-sheet').selectOption('Calls');
  await expect(page.getByTestId('import-file-facts')).toContainText('sheet “Calls”');
  await expect(importer.kindChoice('touchpoints')).toBeChecked();
  await expect(importer.previewCell(0, 'occurred_at')).toHaveText('2026-09-01 09:30 UTC');
  await expect(importer.previewCell(1, 'direction')).toHaveText('Inbound');
});

test('a running import shows its progress and can be cancelled; nothing is changed', async ({ page, consoleUrl }) => {
  const importer = new ImportPage(page);
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  await importer.upload(fixtureFile('contact-log.csv'));
  await importer.mapColumn('account', 'Kunde');

  // A big import, played by the network layer: it runs until cancelled.
  let cancelled = false;
  let finishing = false;
  await page.route('**/api/import.start', (route) => route.fulfill(json({ jobId: 'job-e2e-000001' })));
  await page.route('**/api/import.cancel', (route) => {
    cancelled = true;
    return route.fulfill(json({ jobId: 'job-e2e-000001' }));
  });
  await page.route('**/api/import.progress', (route) =>
    route.fulfill(
      json(
        cancelled
          ? { state: 'cancelled', message: 'The import was cancelled.' }
          : finishing
            ? { state: 'running', progress: { rowsRead: 1_000_000, bytesRead: 100_000_000, totalBytes: 100_000_000, rowsPerSecond: 98_000, secondsLeft: null, finishing: true } }
            : { state: 'running', progress: { rowsRead: 412_000, bytesRead: 41_200_000, totalBytes: 100_000_000, rowsPerSecond: 52_000, secondsLeft: 11.3, finishing: false } },
      ),
    ),
  );
  await importer.startButton.click();
  await expect(page.getByTestId('import-progress')).toHaveAttribute('aria-valuenow', '41');
  await expect(page.getByTestId('import-progress-text')).toContainText('412,000 rows read');
  await expect(page.getByTestId('import-progress-text')).toContainText('52,000 rows/s');
  await expect(page.getByTestId('import-progress-text')).toContainText('11 s left');
  // Every row read, the batch still being saved: the figures say so instead of sitting at 100%.
  finishing = true;
  await expect(page.getByTestId('import-progress-text')).toContainText('All 1,000,000 rows read · saving them and updating the index…');
  // Saving cannot be stopped half-way (it is one transaction, seconds from done): no Cancel then.
  await expect(page.getByTestId('import-cancel')).toBeDisabled();
  await page.locator('.run__progress').screenshot({ path: 'tests/artifacts/import-finishing.png' });
  finishing = false;
  await expect(page.getByTestId('import-cancel')).toBeEnabled();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toContainText('Nothing was changed');

  // Back to the same mapping, nothing imported.
  await page.getByTestId('import-back').click();
  await expect(importer.mapSelect('account')).toHaveValue('Kunde');
  await expect(page.getByTestId('import-history-empty')).toBeVisible();
});


test('the columns of a file can be saved as a preset and picked again', async ({ page, consoleUrl }) => {
  const importer = new ImportPage(page);
  await page.goto(consoleUrl);
  await importer.openFromFirstRun();
  await importer.upload(fixtureFile('contact-log.csv', Date.now()));
  await expect(importer.review).toBeVisible();
  await page.getByTestId('save-preset-name').fill('Our CRM export');
  await page.getByTestId('save-preset-submit').click();
  await expect(page.getByTestId('save-preset-message')).toHaveText('Saved as “Our CRM export”.');
  await expect(page.getByTestId('import-preset').locator('option', { hasText: 'Our CRM export' })).toHaveCount(1);
  await page.locator('.review__side').screenshot({ path: 'tests/artifacts/import-save-preset.png' });
});
