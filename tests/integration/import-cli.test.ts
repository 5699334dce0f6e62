import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/backend/db/connection';
import { tempDir } from './helpers';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'electron/cli/main.ts');

function tend(...args: string[]) {
  const run = spawnSync(tsx, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TEND_DB: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'tend.db');
});
afterEach(() => cleanup());

describe('tend import', () => {
  it('imports each shipped preset sample without rejections, and adds nothing the second time', () => {
    const samples = readdirSync(join(root, 'resources/samples')).filter((f) => f.endsWith('.csv'));
    expect(samples.length).toBeGreaterThanOrEqual(3);
    for (const sample of samples) {
      const preset = sample.replace(/\.csv$/, '');
      const first = tend('--db', db, 'import', join(root, 'resources/samples', sample), '--preset', preset, '--json');
      expect(first.code, first.stderr).toBe(0);
      const summary = JSON.parse(first.stdout) as { added: number; rejected: number; duplicates: number };
      expect(summary.rejected, `${sample}: ${first.stdout}`).toBe(0);
      expect(summary.added).toBeGreaterThan(0);
      const again = JSON.parse(tend('--db', db, 'import', join(root, 'resources/samples', sample), '--preset', preset, '--json').stdout) as typeof summary;
      expect(again.added).toBe(0);
    }
    const history = JSON.parse(tend('--db', db, 'import-history', '--json').stdout) as unknown[];
    expect(history).toHaveLength(samples.length * 2);
  });

  it('recognises columns by itself, takes a mapping file, and undoes a batch', () => {
    const file = join(dir, 'log.csv');
    writeFileSync(file, 'Date;Customer;Direction;Notes\n2026-11-01;Northwind;Outgoing;Called about renewal\n2026-11-02;Bluepeak;Incoming;Asked for a quote\n');
    const auto = tend('--db', db, 'import', file);
    expect(auto.code, auto.stderr).toBe(0);
    expect(auto.stdout).toMatch(/Imported log\.csv as batch #1.*\n2 rows read: 2 added, 0 duplicates skipped, 0 rejected/);

    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ kind: 'touchpoints', fields: { account: 'Customer', occurred_at: 'Date', notes: 'Notes' }, dateFormat: 'auto' }));
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'Date;Customer;Direction;Notes\n2026-11-03;Northwind;Outgoing;Sent the contract\n');
    const mapped = tend('--db', db, 'import', other, '--mapping', mapping, '--dry-run');
    expect(mapped.stdout).toMatch(/Dry run — nothing was saved\.\n1 rows read: 1 added/);

    const undo = tend('--db', db, 'undo-import', '1');
    expect(undo.stdout).toMatch(/Undid import #1: removed 2 touchpoints and 2 accounts/);
    expect(tend('--db', db, 'import-history').stdout).toMatch(/log\.csv.*undone/);
  });

  it.each([
    [['import', '/no/such/file.csv'], /No file at/],
    [['import', 'BINARY'], /not a spreadsheet or a text export/i],
    [['import', 'EMPTY'], /empty/i],
    [['import', 'LOG', '--kind', 'invoices'], /--kind must be/],
    [['import', 'LOG', '--mapping', '/no/mapping.json'], /No mapping file/],
    [['import', 'LOG', '--preset', 'nope'], /No preset called "nope"/],
    [['undo-import', '42'], /no import #42/i],
    [['undo-import', 'abc'], /not an import number/],
    [['import'], /needs FILE/],
  ])('%j fails with one line and exit code 2', async (args, message) => {
    writeFileSync(join(dir, 'binary.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'log.csv'), 'Date,Account\n2026-11-01,Northwind\n');
    const paths: Record<string, string> = { BINARY: join(dir, 'binary.csv'), EMPTY: join(dir, 'empty.csv'), LOG: join(dir, 'log.csv') };
    // An existing, empty store, so each case fails for its own reason.
    await (await openStore(db)).close();
    const run = tend('--db', db, ...args.map((a) => paths[a] ?? a));
    expect(run.code, run.stdout).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a process killed in the middle of a large import leaves a sound database without the batch', async () => {
    const file = join(dir, 'big.csv');
    const lines = ['Activity Date,Account Name,Call Direction,Activity Type,Comments'];
    for (let i = 0; i < 300_000; i++) {
      lines.push(`2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},Account ${i % 5000},${i % 2 ? 'Outbound' : 'Inbound'},Call,"Note ${i}, with a comma"`);
    }
    writeFileSync(file, lines.join('\n'));
    expect(tend('--db', db, 'import', join(root, 'resources/samples/salesforce-activities.csv'), '--preset', 'salesforce-activities').code).toBe(0);
    const probe = new BetterSqlite3(db);
    const before = probe.prepare('select count(*) from touchpoints').pluck().get();
    probe.close();

    // One process (node with tsx's loader), not the tsx wrapper: SIGKILL must hit the process that writes.
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--db', db, 'import', file], { cwd: root, stdio: 'ignore', env: { ...process.env, TEND_DB: '' } });
    // Kill it once the import is visibly writing (its write-ahead log is growing), not after a guessed delay.
    const wal = `${db}-wal`;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !(existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024)) await new Promise((r) => setTimeout(r, 20));
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const after = new BetterSqlite3(db);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(after.prepare('select count(*) from touchpoints').pluck().get()).toBe(before);
    expect(after.prepare('select count(*) from import_batches').pluck().get()).toBe(1);
    after.close();
    // And the same import can simply be run again.
    const rerun = tend('--db', db, 'import', file, '--json');
    expect(rerun.code, rerun.stderr).toBe(0);
    expect((JSON.parse(rerun.stdout) as { added: number }).added, rerun.stdout.slice(0, 1500)).toBe(300_000);
  }, 180_000);
});
