import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { callApi } from './pages/console-api';
import { SettingsPage } from './pages/settings-page';
import { TodayPage } from './pages/today-page';

const screenshots = join(repoRoot, 'test-results/screenshots');

test('a shorter cadence for Strategic accounts is previewed, saved, and brings new accounts onto today’s list; defaults restore it', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const settings = new SettingsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await today.dismissToasts();
  const before = await today.fetchTodayList(null);

  await settings.open();
  await expect(settings.joining).toHaveText('+0');
  await expect(settings.leaving).toHaveText('−0');
  await expect(settings.saveButton).toBeDisabled();

  await settings.setCadence('Strategic', 3);
  await expect(settings.saveBar).toContainText('unsaved changes');
  await expect(settings.joining).not.toHaveText('+0');
  await page.getByTestId('preview-only-moves').check();
  const joiner = settings.previewRows.filter({ has: page.getByTestId('preview-new') }).first();
  await expect(joiner).toBeVisible();
  const joinerId = Number(await joiner.getAttribute('data-account-id'));
  const joinerName = (await joiner.getByTestId('preview-name').textContent()) ?? '';
  expect(before.rows.map((row) => row.accountId)).not.toContain(joinerId);
  const expectedTotal = Number(((await settings.onList.textContent()) ?? '').split('→')[1]!.replace(/\D/g, ''));
  expect(expectedTotal).toBeGreaterThan(before.total);
  await page.screenshot({ path: join(screenshots, 'settings.png') });

  await settings.save();
  await expect(settings.cadenceRow('Strategic').getByTestId('cadence-days')).toHaveValue('3');
  expect((await callApi(page, 'settings.health', {})).cadences.Strategic).toBe(3);

  // Today's list now has the account that joined.
  await page.getByTestId('nav-today').click();
  await expect(today.rows.first()).toBeVisible();
  const after = await today.fetchTodayList(null);
  expect(after.total).toBe(expectedTotal);
  await today.filterInput.fill(joinerName);
  await expect(today.page.locator(`[data-testid="today-row"][data-account-id="${joinerId}"]`)).toBeVisible();

  // Restoring the defaults (after a confirmation) puts the list back as it was.
  await settings.open();
  await settings.restoreDefaults();
  await expect(settings.cadenceRow('Strategic').getByTestId('cadence-days')).toHaveValue('14');
  expect((await today.fetchTodayList(null)).total).toBe(before.total);
});

test('settings that cannot work are explained beside the field and cannot be saved', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const settings = new SettingsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  await settings.open();

  await settings.setWeight('recency', 'lots');
  await expect(page.getByTestId('weight-recency').getByTestId('field-error')).toHaveText('Enter a number from 0 to 1000.');
  await expect(settings.saveButton).toBeDisabled();
  await expect(settings.preview).toContainText('Fix the settings marked in red');
  await settings.setWeight('recency', '100');
  await expect(settings.fieldErrors).toHaveCount(0);

  // A second tier spelled like an existing one, in other capitals.
  await page.getByTestId('cadence-add').click();
  const added = page.getByTestId('cadence-row').last();
  await added.getByTestId('cadence-name').fill('strategic');
  await expect(added.getByTestId('field-error')).toHaveText('strategic is already listed; each tier needs one cadence.');
  await added.getByTestId('cadence-remove').click();

  await page.getByTestId('band-watch').fill('90');
  await expect(page.getByTestId('bands-section').getByTestId('field-error')).toContainText('Thresholds go down from Healthy to At risk');
  await expect(settings.saveButton).toBeDisabled();
  await page.getByTestId('discard-changes').click();
  await expect(page.getByTestId('band-watch')).toHaveValue('55');
  await expect(settings.saveButton).toBeDisabled();
  await expect(settings.saveBar).toContainText('These are the settings in use.');
});

test('"who am I" opens today’s list on that owner, and the theme follows the choice', async ({ page, consoleUrl }) => {
  test.slow();
  const today = new TodayPage(page);
  const settings = new SettingsPage(page);
  await today.open(consoleUrl);
  await today.loadSampleData();
  const owners = await today.ownerOptions();
  const me = owners[1]!;
  await settings.open();
  await settings.openPreferences();
  await settings.choose('pref-me', me);
  await expect(settings.toasts.last()).toContainText(`opens on ${me}'s accounts`);
  expect((await callApi(page, 'preferences.get', {})).me).toBe(me);

  await page.getByTestId('pref-theme-dark').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await callApi(page, 'preferences.get', {})).theme).toBe('dark');
  await page.screenshot({ path: join(screenshots, 'settings-preferences-dark.png') });
  // The morning notification belongs to the desktop app: off, and saying so, in the browser console.
  await expect(page.getByTestId('pref-notification')).toBeDisabled();

  await page.getByTestId('nav-today').click();
  await expect(today.ownerPicker).toHaveValue(me);
  await expect.poll(async () => new Set(await today.rows.getByTestId('row-owner').allTextContents())).toEqual(new Set([me]));

  // A fresh start opens on the same owner, in the same theme.
  await page.reload();
  await expect(today.rows.first()).toBeVisible();
  await expect(today.ownerPicker).toHaveValue(me);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
