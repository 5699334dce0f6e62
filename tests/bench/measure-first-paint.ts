import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Time from opening the console to the first row of today's list on screen,
 * against the big bench store. Scores are computed when the host starts the
 * first list, so the first load is measured cold and fresh pages after it warm.
 */
const root = resolve(import.meta.dirname, '../..');
const [file] = process.argv.slice(2) as [string];
const host = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'electron/host/main.ts'), '--db', file], { cwd: root });
const url = await new Promise<string>((ok, fail) => {
  host.stdout.on('data', (chunk: Buffer) => {
    const match = /Tend is running at (\S+)/.exec(chunk.toString());
    if (match) ok(match[1]!);
  });
  host.on('exit', () => fail(new Error('host exited')));
});
// The moment the first account row enters the page, stamped inside the page (ms since navigation
// started): Playwright's own polling would also count any busy time after the row is on screen.
const stampFirstRow = () => {
  const marks = window as unknown as { firstRowAt?: number };
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="today-row"]')) {
      marks.firstRowAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const openOnce = async () => {
    const fresh = await browser.newPage();
    await fresh.addInitScript(stampFirstRow);
    await fresh.goto(url);
    await fresh.getByTestId('today-row').first().waitFor({ timeout: 60_000 });
    await fresh.waitForLoadState('networkidle');
    const at = await fresh.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt);
    return { page: fresh, at };
  };
  // Cold: the first page after the host starts, so it includes the first full rescore.
  let { page, at: coldMs } = await openOnce();
  // Warm: a fresh page each time, as when the console is opened again.
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.close();
    ({ page } = await openOnce().then((r) => (warm.push(r.at), r)));
  }
  const firstPaintMs = warm.sort((a, b) => a - b)[1]!;
  const rows = await page.evaluate(async () => {
    const token = sessionStorage.getItem('tend.token') ?? '';
    const response = await fetch('/api/today.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tend-token': token },
      body: JSON.stringify({ asOf: new Date().toISOString().slice(0, 10), owner: null }),
    });
    const body = (await response.json()) as { ok: boolean; value?: { rows: unknown[] } };
    return body.value?.rows.length ?? 0;
  });
  console.log(JSON.stringify({ firstPaintMs, coldMs, rows }));
} finally {
  await browser.close();
  host.kill();
}
