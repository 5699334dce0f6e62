import { openBackend } from '../../electron/backend/backend';

/**
 * Runs in its own process so that its peak memory (maxRSS) is the rescore's
 * alone, not the data generator's. Prints one JSON line.
 */
const [file, asOf, owner] = process.argv.slice(2) as [string, string, string];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const backend = await openBackend(file);
const rssBefore = process.memoryUsage().rss;
const rescore: number[] = [];
const phases: Record<string, number>[] = [];
let firstRescoreRssMb = 0;
for (let i = 0; i < 3; i++) {
  const stats = await backend.scoreboard.rescoreAll(asOf);
  rescore.push(stats.millis);
  phases.push(stats.phases);
  if (i === 0) firstRescoreRssMb = process.resourceUsage().maxRSS / 1024;
}
const medianPhase = (key: string) => median(phases.map((p) => p[key]!));
const today: number[] = [];
let rows = 0;
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const list = await backend.api['today.list']({ asOf, owner });
  today.push(performance.now() - started);
  if (list.ok) rows = list.value.rows.length;
}
// The floor: a bare aggregate over the same covering index, with no engine behind it.
const floor: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  backend.store.sqlite
    .prepare('select account_id, count(*), max(occurred_at), sum(sentiment) from touchpoints where occurred_at <= ? and ours group by account_id')
    .all(Date.parse(`${asOf}T23:59:59.999Z`));
  floor.push(performance.now() - started);
}
const accounts = backend.scoreboard.all();
let scored = 0;
for (const _ of accounts) scored++;
await backend.close();
console.log(
  JSON.stringify({
    scored,
    rescoreMs: median(rescore),
    rescoreRuns: rescore,
    accountsMs: medianPhase('accounts'),
    signalsMs: medianPhase('signals'),
    engineMs: medianPhase('engine'),
    todayMs: median(today),
    todayRows: rows,
    floorMs: median(floor),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    firstRescoreRssMb,
    baselineRssMb: rssBefore / 1024 / 1024,
  }),
);
