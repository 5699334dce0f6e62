import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, tempDir } from './helpers';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function tend(...args: string[]) {
  const run = spawnSync(tsx, [join(root, 'electron/cli/main.ts'), ...args], { encoding: 'utf8', env: { ...process.env, TEND_DB: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let cleanup: () => void;
let db: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'cli.db');
  const demo = tend('--db', db, 'demo', '--as-of', AS_OF);
  expect(demo.code, demo.stderr).toBe(0);
});
afterAll(() => cleanup());

describe('the tend CLI', () => {
  it('demo fills the store and says what it did', () => {
    expect(existsSync(db)).toBe(true);
    const again = tend('--db', db, 'demo');
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('today --json prints ranked, explained rows, highest priority first, no churned accounts', () => {
    const run = tend('--db', db, 'today', '--as-of', AS_OF, '--json');
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['account_id', 'name', 'owner', 'score', 'band', 'priority', 'days_since_contact', 'open_complaints', 'value', 'reasons']),
      );
      // A healthy-looking account still needs attention while a complaint is open.
      if (row.band === 'healthy') expect(row.open_complaints).toBeGreaterThan(0);
      expect(Array.isArray(row.reasons)).toBe(true);
    }
    const priorities = rows.map((r) => r.priority as number);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const reasons = rows[0]!.reasons as Array<{ factor: string; text: string; impact: number }>;
    expect(reasons[0]).toMatchObject({ factor: expect.any(String), text: expect.any(String), impact: expect.any(Number) });
    const score = JSON.parse(tend('--db', db, 'score', '--as-of', AS_OF, '--json').stdout) as Array<{ account_id: string }>;
    const activeIds = new Set(score.map((r) => r.account_id));
    expect(rows.every((r) => activeIds.has(r.account_id as string))).toBe(true);
  });

  it('today --owner --limit narrows the list; human output is an aligned table', () => {
    const all = JSON.parse(tend('--db', db, 'today', '--as-of', AS_OF, '--json').stdout) as Array<{ owner: string }>;
    const owner = all[0]!.owner;
    const mine = JSON.parse(tend('--db', db, 'today', '--as-of', AS_OF, '--owner', owner, '--limit', '3', '--json').stdout) as Array<{ owner: string }>;
    expect(mine).toHaveLength(3);
    expect(mine.every((r) => r.owner === owner)).toBe(true);
    const text = tend('--db', db, 'today', '--as-of', AS_OF, '--limit', '5');
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    const header = lines.find((l) => l.includes('Account') && l.includes('Score'))!;
    const rule = lines[lines.indexOf(header) + 1]!;
    expect(rule).toMatch(/^[─ ]+$/);
    expect(lines.length).toBe(lines.indexOf(header) + 2 + 5);
  });

  it('score prints every active account with its band', () => {
    const run = tend('--db', db, 'score', '--as-of', AS_OF);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Scored \d+ active accounts as of 2026-11-24/);
  });

  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['--db', 'DB', 'today', '--as-of', '2026-13-01'], /not a date/],
    [['--db', 'DB', 'today', '--as-of', 'yesterday'], /not a date/],
    [['--db', 'DB', 'today', '--limit', 'many'], /--limit/],
    [['--db', '/nonexistent/tend.db', 'today'], /No Tend database/],
    [['--db', 'DB', 'today', '--owner', 'Nobody Atall'], /No accounts are owned by "Nobody Atall"/],
    [['--db', 'DB', 'score', '--owner', 'x'], /does not take --owner/],
    [['--db', 'DB', 'today', '--bogus'], /bogus/],
  ])('%j fails with one line and exit code 2', (args, message) => {
    const run = tend(...args.map((a) => (a === 'DB' ? db : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
