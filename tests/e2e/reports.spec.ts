import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { ReportDialog } from './pages/report-dialog';
import { TodayPage } from './pages/today-page';

const artifacts = join(repoRoot, 'tests/artifacts');

test.describe('export dialog', () => {
  // Sample data, two previews and three renders: more than the default minute on a busy machine.
  test.setTimeout(240_000);

  test('from today’s list: portfolio preview, then an account update saved as Markdown and as PDF', async ({ page, consoleUrl }) => {
    const browserErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(message.text());
    });
    const today = new TodayPage(page);
    await today.open(consoleUrl);
    await today.loadSampleData();
    // The "loaded" toast sits where the dialog's Save button will be: let it go first.
    await expect(today.toasts).toHaveCount(0, { timeout: 20_000 });
    const list = await today.fetchTodayList();
    const owner = list.owners[0]!;
    await today.chooseOwner(owner);

    // Opened from the list, the dialog starts on the portfolio report of the owner the list shows.
    const dialog = new ReportDialog(page);
    await dialog.open();
    await expect(dialog.root.getByTestId('report-kind-portfolio')).toHaveAttribute('aria-selected', 'true');
    await expect(dialog.root.getByTestId('report-owner')).toHaveText(owner);
    await dialog.waitForPreview();
    await expect(dialog.document.getByRole('heading', { level: 1 })).toHaveText(`${owner}’s portfolio`);
    await expect(dialog.document.getByRole('heading', { name: 'Health by band' })).toBeVisible();
    await expect(dialog.root.getByTestId('report-format-xlsx')).toBeVisible();

    // An account update: pick the account at the top of today's list.
    const account = list.rows.find((row) => row.owner === owner) ?? list.rows[0]!;
    await dialog.chooseKind('account');
    await expect(dialog.previewWaiting).toHaveText('Pick the account the update is for.');
    await expect(dialog.saveButton).toBeDisabled();
    // The data formats belong to the portfolio report only.
    await expect(dialog.root.getByTestId('report-format-xlsx')).toHaveCount(0);
    await dialog.pickAccount(account.name);
    await dialog.waitForPreview();
    await expect(dialog.document.getByRole('heading', { level: 1 })).toHaveText(account.name);
    await expect(dialog.document.getByRole('heading', { name: 'What we did together' })).toBeVisible();
    // The suggested next steps arrive with the preview, ready to edit.
    await expect(dialog.nextSteps).not.toHaveValue('');

    // The customer copy never shows the score; the internal copy does, and says so.
    await expect(dialog.document).not.toContainText(`${account.score} / 100`);
    await dialog.internalSwitch.click();
    await expect(dialog.internalBadge).toBeVisible();
    await dialog.waitForPreview();
    await expect(dialog.document).toContainText(`${account.score} / 100`);
    await dialog.internalSwitch.click();
    await expect(dialog.internalBadge).toBeHidden();
    await dialog.waitForPreview();
    await expect(dialog.document).not.toContainText(`${account.score} / 100`);

    // What the user writes goes into the report.
    await dialog.nextSteps.fill('Send Ana the revised renewal terms by Friday.');
    await dialog.contactLine.fill('manager@example.com · +44 20 7946 0000');
    await dialog.waitForPreview();
    await expect(dialog.document).toContainText('Send Ana the revised renewal terms by Friday.');
    await expect(dialog.document).toContainText('manager@example.com · +44 20 7946 0000');

    await dialog.chooseFormat('pdf');
    await dialog.choosePaper('a4');
    await page.screenshot({ path: join(artifacts, 'report-dialog-account-pdf.png') });

    // Markdown: a download holding the account's name and the user's next steps.
    await dialog.chooseFormat('md');
    await expect(dialog.root.getByTestId('report-paper-a4')).toHaveCount(0);
    const markdown = await dialog.save();
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    const text = (await ReportDialog.bytesOf(markdown)).toString('utf8');
    expect(text).toContain(account.name);
    expect(text).toContain('Send Ana the revised renewal terms by Friday.');
    await expect(dialog.root).toBeHidden();
    await expect(today.toasts.last()).toContainText(`Downloaded ${markdown.suggestedFilename()}`);

    // PDF, for the same account, from a fresh dialog.
    await dialog.open();
    await dialog.chooseKind('account');
    await dialog.pickAccount(account.name);
    // The manager's contact line is remembered from the last saved update.
    await expect(dialog.contactLine).toHaveValue('manager@example.com · +44 20 7946 0000');
    await dialog.waitForPreview();
    await dialog.chooseFormat('pdf');
    const pdf = await dialog.save();
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await ReportDialog.bytesOf(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2_000);

    // Nothing the dialog did tripped the Content-Security-Policy or threw.
    expect(browserErrors).toEqual([]);
  });

  test('the portfolio report downloads as an Excel workbook, and a period that cannot be is refused in words', async ({ page, consoleUrl }) => {
    const today = new TodayPage(page);
    await today.open(consoleUrl);
    await today.loadSampleData();
    // The "loaded" toast sits where the dialog's Save button will be: let it go first.
    await expect(today.toasts).toHaveCount(0, { timeout: 20_000 });

    const dialog = new ReportDialog(page);
    await dialog.open();
    await dialog.waitForPreview();
    await expect(dialog.document.getByRole('heading', { level: 1 })).toHaveText('The whole portfolio');
    await page.screenshot({ path: join(artifacts, 'report-dialog-portfolio.png') });
    await dialog.chooseFormat('xlsx');
    const workbook = await dialog.save();
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    // An XLSX file is a zip archive.
    expect((await ReportDialog.bytesOf(workbook)).subarray(0, 2).toString('latin1')).toBe('PK');

    await dialog.open();
    await dialog.chooseKind('account');
    const list = await today.fetchTodayList();
    await dialog.pickAccount(list.rows[1]!.name);
    await dialog.root.getByTestId('report-from').fill('2026-03-20');
    await dialog.root.getByTestId('report-to').fill('2026-03-10');
    await expect(dialog.root.getByRole('alert')).toContainText('The period starts after it ends');
    await expect(dialog.previewWaiting).toContainText('The period starts after it ends');
    await expect(dialog.saveButton).toBeDisabled();

    // Esc closes the dialog without saving anything, and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog.root).toBeHidden();
    await expect(dialog.openButton).toBeFocused();
  });
});
