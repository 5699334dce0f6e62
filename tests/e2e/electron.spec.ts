import { _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';

/**
 * Why the desktop app cannot run here, or null when it can. The Electron
 * runtime is an optional download (package.json allowScripts blocks its
 * installer), and the desktop app needs better-sqlite3 built for Electron's ABI.
 */
function electronUnavailable(): string | null {
  const pathFile = join(repoRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return 'the Electron runtime is not installed (node_modules/electron/path.txt is missing; its install script did not run)';
  const binary = join(repoRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return `the Electron binary ${binary} is missing`;
  if (!existsSync(join(repoRoot, '.tend-electron/better_sqlite3.node'))) {
    return 'better-sqlite3 has not been built for Electron (.tend-electron/better_sqlite3.node is missing; run "npm run electron:rebuild")';
  }
  if (!existsSync(join(repoRoot, 'out/main/index.js'))) return 'the desktop app has not been built (out/main/index.js is missing; run "npm run build")';
  return null;
}

test('the desktop window opens on the welcome screen for an empty database', async ({ dataDir }) => {
  const reason = electronUnavailable();
  test.skip(reason !== null, `Electron cannot run here: ${reason}`);

  const app = await electron.launch({
    args: [join(repoRoot, 'out/main/index.js'), `--db=${join(dataDir, 'tend.db')}`, '--no-sandbox', '--disable-gpu'],
    cwd: repoRoot,
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Tend');
    await expect(window.getByTestId('first-run')).toBeVisible();
    await expect(window.getByTestId('load-sample')).toBeEnabled();
  } finally {
    await app.close();
  }
});
