import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend } from '../../electron/backend/backend';
import { createRandom } from '../../electron/backend/demo/random';
import { addDays } from '../../shared/dates';
import type { Band } from '../../shared/domain';
import { generateBenchDatabase } from './generate';

/**
 * Issue 4's figure: the portfolio report as a PDF for 5,000 accounts. Runs in
 * its own process; prints one JSON line. Set-up (not measured): the
 * synthetic portfolio of generate.ts and 31 days of score snapshots, so the
 * report has movers and a trend to draw. Measured: a cold render (open the
 * store, score every account, gather, lay out and write the PDF), as the CLI
 * does it, then warm renders on the same backend.
 */
const [dir, asOf] = process.argv.slice(2) as [string, string];
const accounts = Number(process.env.BENCH_REPORT_ACCOUNTS ?? 5_000);
const file = join(dir, 'report.db');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

await generateBenchDatabase(file, asOf, accounts, accounts * 20);
seedSnapshots(file, asOf, 31);

// "Today" a year later: the report's day is in the past, so no snapshot is written and no back-fill starts while measuring.
const now = () => Date.parse(`${addDays(asOf, 365)}T08:00:00Z`);
const spec = { kind: 'portfolio' as const, owner: null, asOf };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let started = performance.now();
const cpuStarted = cpuMs();
const backend = await openBackend(file, { now });
const cold = await backend.api['reports.render']({ spec, format: 'pdf' });
const coldMs = performance.now() - started;
// On a busy machine wall time mostly says how busy it is; the process's own CPU time says what the report costs.
const coldCpuMs = cpuMs() - cpuStarted;
if (!cold.ok) throw new Error(cold.error.message);
const warm: number[] = [];
for (let i = 0; i < 3; i++) {
  started = performance.now();
  const again = await backend.api['reports.render']({ spec, format: 'pdf' });
  warm.push(performance.now() - started);
  if (!again.ok) throw new Error(again.error.message);
}
const other: Record<string, number> = {};
for (const format of ['html', 'xlsx', 'csv'] as const) {
  started = performance.now();
  const rendered = await backend.api['reports.render']({ spec, format });
  other[format] = performance.now() - started;
  if (!rendered.ok) throw new Error(rendered.error.message);
}
await backend.close();
const pdf = join(dir, 'portfolio.pdf');
writeFileSync(pdf, Buffer.from(cold.value.data, 'base64'));
let pages = 0;
try {
  pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
} catch {
  // pdfinfo (poppler-utils) is optional here: the page count is a detail.
}
console.log(JSON.stringify({ accounts, coldMs, coldCpuMs, warmMs: median(warm), bytes: cold.value.bytes, pages, htmlMs: other.html, xlsxMs: other.xlsx, csvMs: other.csv }));

/** The default bands' floors (70, 50, 30). */
function band(score: number): Band {
  return score >= 70 ? 'healthy' : score >= 50 ? 'watch' : score >= 30 ? 'at_risk' : 'neglected';
}

/** A score for every active account on each of the last `days` days: a random walk, as daily snapshots would record. */
function seedSnapshots(path: string, day: string, days: number): void {
  const db = new BetterSqlite3(path);
  const ids = db.prepare("select id from accounts where status = 'active'").pluck().all() as number[];
  const insert = db.prepare('insert into score_snapshots (account_id, day, score, band, backfilled) values (?, ?, ?, ?, 1)');
  const rng = createRandom(7);
  db.transaction(() => {
    for (const id of ids) {
      let score = rng.int(10, 100);
      for (let d = days; d >= 1; d--) {
        score = Math.max(0, Math.min(100, score + rng.int(-6, 5)));
        insert.run(id, addDays(day, -d), score, band(score));
      }
    }
  })();
  db.close();
}
