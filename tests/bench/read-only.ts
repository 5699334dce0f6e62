import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import Papa from 'papaparse';
import { openTable } from '../../electron/backend/import/read/open-table';

/**
 * The file-reading layer alone on a 1,000,000-row contact log (~200 MB, a
 * fifth of the notes with quotes, commas and line breaks): rows/s and the
 * peak memory of the reading process, medians of 5 runs, each run in a fresh
 * process. For comparison, Papa Parse's core parser on the same text with
 * nothing else done. Figures only: nothing passes or fails.
 *
 *   npx tsx tests/bench/read-only.ts [rows]
 */
const root = resolve(import.meta.dirname, '../..');
const [mode, arg] = process.argv.slice(2);

if (mode === '--measure' || mode === '--papaparse' || mode === '--idle') {
  const result = mode === '--measure' ? await measureReader(arg!) : mode === '--papaparse' ? await measurePapaparse(arg!) : await measureIdle(arg!);
  console.log(JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const rows = Number(mode ?? 1_000_000);
  const file = join(tmpdir(), `tend-read-bench-${rows}.csv`);
  if (!existsSync(file)) {
    console.log(`Writing ${rows.toLocaleString('en')} rows to ${file}…`);
    await writeContactLog(file, rows);
  }
  console.log(`${(statSync(file).size / 1e6).toFixed(0)} MB, ${rows.toLocaleString('en')} rows\n`);
  for (const which of ['--measure', '--papaparse', '--idle']) {
    const runs = [0, 1, 2, 3, 4].map(() => {
      const child = spawnSync(join(root, 'node_modules/.bin/tsx'), [import.meta.filename, which, file], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout.trim().split('\n').pop()!) as { rows: number; seconds: number; cpuSeconds: number; peakRssMb: number };
    });
    const median = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b)[2]!;
    const seconds = median((r) => r.seconds);
    const rss = median((r) => r.peakRssMb);
    const what = { '--measure': 'openTable + rows() (this layer)', '--papaparse': 'Papa Parse core only, same chunks', '--idle': 'the same process reading nothing' }[which]!;
    console.log(
      `${what.padEnd(36)} ${seconds.toFixed(2)} s  ${Math.round(runs[0]!.rows / (seconds || 1)).toLocaleString('en').padStart(9)} rows/s  ` +
        `CPU ${median((r) => r.cpuSeconds).toFixed(2)} s  peak RSS ${rss.toFixed(0)} MB  (${runs[0]!.rows.toLocaleString('en')} rows)`,
    );
  }
}

async function measureReader(file: string) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const table = await openTable(file);
  const openSeconds = (performance.now() - started) / 1000;
  let rows = 0;
  let cells = 0;
  for await (const batch of table.rows()) {
    rows += batch.length;
    cells += batch[batch.length - 1]!.cells.length;
  }
  return { rows, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(cpu), openSeconds, check: cells };
}

/** The memory of the runtime itself (node, tsx, the reader's modules), for scale. */
async function measureIdle(file: string) {
  const table = await openTable(file);
  await table.close();
  return { rows: 0, seconds: 0, cpuSeconds: 0 };
}

async function measurePapaparse(file: string) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const handle = await open(file);
  const parser = new Papa.Parser({ delimiter: ',', newline: '\n' });
  const decoder = new TextDecoder();
  const buffer = Buffer.allocUnsafe(1 << 20);
  let partial = '';
  let rows = 0;
  for (let position = 0; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    for (let at = 0; at < bytesRead; at += 65536) {
      const input = partial + decoder.decode(buffer.subarray(at, Math.min(bytesRead, at + 65536)), { stream: true });
      const result = parser.parse(input, 0, true) as { data: string[][]; meta: { cursor: number } };
      rows += result.data.length;
      partial = input.slice(result.meta.cursor);
    }
  }
  if (partial) rows += (parser.parse(partial, 0, false) as { data: unknown[] }).data.length;
  await handle.close();
  return { rows: rows - 1, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(cpu) };
}

/** CPU time used since `since` (all threads: the parser, GC helpers, reads), in seconds. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** A contact log like a CRM export: one touchpoint per row. */
async function writeContactLog(file: string, rows: number) {
  const out = createWriteStream(file);
  const channels = ['call', 'email', 'meeting', 'message', 'ticket'];
  const notes = [
    'Quarterly check-in; renewal on track',
    '"Followed up on the ""Q3"" roll-out, see notes,\nthen agreed next steps."',
    'Sent the pricing sheet and the onboarding plan for the new team',
    '"Complained about invoice #4411, late delivery, and support response times.\nEscalated to billing."',
    'Left a voicemail',
  ];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const people = ['Ana Souza', 'Jürgen Müller', 'Chloé Martin', 'Sam Patel', 'Li Wei', 'Maria Garcia'];
  let chunk = 'account_id,account_name,owner,contact,contact_email,occurred_at,channel,direction,notes,sentiment,complaint_status,come_back,refer\n';
  for (let i = 0; i < rows; i++) {
    const account = 1 + Math.floor(next() * 50_000);
    const at = new Date(Date.UTC(2024, 10, 24) + Math.floor(next() * 730 * 86_400_000)).toISOString();
    const note = next() < 0.2 ? notes[1 + 2 * Math.floor(next() * 2)]! : notes[[0, 2, 4][Math.floor(next() * 3)]!]!;
    chunk +=
      `BENCH-${account},Bench Account ${account} Holdings Ltd,Owner ${String(1 + (account % 12)).padStart(2, '0')},` +
      `${people[account % 6]},contact.${account}@bench-account-${account}.example.com,${at},` +
      `${channels[Math.floor(next() * 5)]},${next() < 0.55 ? 'outbound' : 'inbound'},${note},` +
      `${next() < 0.3 ? (next() * 2 - 1).toFixed(2) : ''},${next() < 0.01 ? 'open' : ''},${next() < 0.01 ? 4 : ''},${next() < 0.01 ? 9 : ''}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
