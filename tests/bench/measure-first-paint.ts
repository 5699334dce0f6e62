import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Time from opening the console to the first row of today's list on screen,
 * against the big bench store. Scores are computed when the host starts the
 * first list, so the first load is measured cold and a reload warm.
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
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const coldStart = performance.now();
  await page.goto(url);
  await page.getByTestId('today-row').first().waitFor({ timeout: 30_000 });
  const coldMs = performance.now() - coldStart;
  const started = performance.now();
  await page.reload();
  await page.getByTestId('today-row').first().waitFor({ timeout: 30_000 });
  const firstPaintMs = performance.now() - started;
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
