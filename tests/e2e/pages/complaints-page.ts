import { expect, type Locator, type Page } from '@playwright/test';

/** The complaints view (`#complaints`): every open complaint, oldest first. */
export class ComplaintsScreen {
  readonly page: Page;
  readonly root: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly ownerPicker: Locator;
  readonly showResolved: Locator;
  readonly voiceStrip: Locator;
  readonly nps: Locator;
  readonly updateDialog: Locator;
  readonly resolveDialog: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('complaints-screen');
    this.rows = page.getByTestId('complaint-row');
    this.summary = page.getByTestId('complaints-summary');
    this.ownerPicker = this.root.page().getByTestId('owner-picker');
    this.showResolved = page.getByTestId('show-resolved');
    this.voiceStrip = page.getByTestId('voice-strip');
    this.nps = page.getByTestId('voice-nps');
    this.updateDialog = page.getByTestId('complaint-update-dialog');
    this.resolveDialog = page.getByTestId('complaint-resolve-dialog');
    this.toasts = page.getByTestId('toast');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-complaints').click();
    // The view's code loads on first use, then the complaints.
    await expect(this.root).toBeVisible({ timeout: 30_000 });
    await expect(this.rows.first()).toBeVisible({ timeout: 30_000 });
  }

  row(complaintId: number): Locator {
    return this.page.locator(`[data-testid="complaint-row"][data-complaint-id="${complaintId}"]`);
  }

  async shownComplaintIds(): Promise<number[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-complaint-id'))));
  }

  async chooseOwner(owner: string | null): Promise<void> {
    await this.ownerPicker.selectOption(owner === null ? { label: 'Everyone' } : { label: owner });
  }
}
