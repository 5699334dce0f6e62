import { expect, type Locator, type Page } from '@playwright/test';

/** The accounts screen: the table of every account, its filters and views, and the account dialogs. */
export class AccountsPage {
  readonly page: Page;
  readonly screen: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly search: Locator;
  readonly noContact: Locator;
  readonly viewsMenu: Locator;
  readonly currentView: Locator;
  readonly exportButton: Locator;
  readonly newAccountButton: Locator;
  readonly selectionBar: Locator;
  readonly accountDialog: Locator;
  readonly churnDialog: Locator;
  readonly handoverDialog: Locator;
  readonly saveViewDialog: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('accounts-screen');
    this.table = page.getByTestId('accounts-table');
    this.rows = page.getByTestId('account-row');
    this.summary = page.getByTestId('accounts-summary');
    this.search = page.getByTestId('accounts-search');
    this.noContact = page.getByTestId('filter-no-contact');
    this.viewsMenu = page.getByTestId('views-menu');
    this.currentView = page.getByTestId('current-view');
    this.exportButton = page.getByTestId('export-csv');
    this.newAccountButton = page.getByTestId('new-account');
    this.selectionBar = page.getByTestId('selection-bar');
    this.accountDialog = page.getByTestId('account-dialog');
    this.churnDialog = page.getByTestId('churn-dialog');
    this.handoverDialog = page.getByTestId('handover-dialog');
    this.saveViewDialog = page.getByTestId('save-view-dialog');
    this.toasts = page.getByTestId('toast');
  }

  /** From anywhere in the console: the Accounts section, once its table is on screen. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-accounts').click();
    await expect(this.rows.first()).toBeVisible({ timeout: 20_000 });
  }

  row(externalId: string): Locator {
    return this.page.locator(`[data-testid="account-row"][data-external-id="${externalId}"]`);
  }

  /** External ids of the rows currently rendered, top to bottom. */
  async renderedExternalIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-external-id') ?? ''));
  }

  /** Picks a value in one of the toolbar's filter lists (owner, tier, band, status, tag); null picks its "all" entry. */
  async filter(which: 'owner' | 'tier' | 'band' | 'status' | 'tag', option: string): Promise<void> {
    await this.page.getByTestId(`filter-${which}`).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async sortBy(columnId: string): Promise<void> {
    await this.page.getByTestId(`sort-${columnId}`).click();
  }

  async select(externalId: string): Promise<void> {
    await this.row(externalId).getByTestId('row-select').click();
  }

  /** Opens a row's "⋯" menu and chooses an item by its test id (row-edit, row-churn, row-reactivate, row-handover). */
  async rowAction(externalId: string, item: string): Promise<void> {
    await this.row(externalId).getByTestId('row-menu').click();
    await this.page.getByTestId(item).click();
  }

  async saveViewAs(name: string): Promise<void> {
    await this.viewsMenu.click();
    await this.page.getByTestId('save-view').click();
    await expect(this.saveViewDialog).toBeVisible();
    await this.saveViewDialog.getByTestId('save-view-name').fill(name);
    await this.saveViewDialog.getByTestId('save-view-submit').click();
    await expect(this.saveViewDialog).toBeHidden();
  }

  async pickView(name: string): Promise<void> {
    await this.viewsMenu.click();
    await this.page.getByTestId('views-menu-content').getByRole('menuitem', { name, exact: true }).click();
  }
}
