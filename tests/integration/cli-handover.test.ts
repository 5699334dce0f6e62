import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, tempDir } from './helpers';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function tend(...args: string[]) {
  const run = spawnSync(tsx, [join(root, 'electron/cli/main.ts'), ...args], { encoding: 'utf8', env: { ...process.env, TEND_DB: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonRow {
  account_id: string;
  name: string;
  owner: string;
  reasons: { text: string }[];
}

let cleanup: () => void;
let db: string;
beforeAll(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  db = join(temp.dir, 'cli.db');
  const demo = tend('--db', db, 'demo', '--as-of', AS_OF);
  expect(demo.code, demo.stderr).toBe(0);
}, 60_000);
afterAll(() => cleanup());

const todayOf = (owner: string) => JSON.parse(tend('--db', db, 'today', '--as-of', AS_OF, '--owner', owner, '--json').stdout) as JsonRow[];

describe('tend handover', () => {
  it('moves the listed accounts, says which, and puts them on the new owner’s list', () => {
    const jonas = todayOf('Jonas Berg').slice(0, 2);
    const ids = jonas.map((r) => r.account_id);
    const run = tend('--db', db, 'handover', '--from', 'Jonas Berg', '--to', 'Maya Patel', '--accounts', ids.join(','));
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Handed over 2 accounts from Jonas Berg to Maya Patel:');
    for (const row of jonas) expect(lines).toContain(`  ${row.name} (${row.account_id})`);
    expect(lines.at(-1)).toMatch(/Maya Patel's today list/);

    const maya = todayOf('Maya Patel');
    expect(maya.slice(0, 2).map((r) => r.account_id).sort()).toEqual([...ids].sort());
    expect(maya[0]!.reasons[0]!.text).toBe('Introduce yourself: handed over from Jonas Berg on 24 Nov');
    expect(todayOf('Jonas Berg').some((r) => ids.includes(r.account_id))).toBe(false);
  }, 180_000);

  it('moves all of an owner’s active accounts with --json', () => {
    const run = tend('--db', db, 'handover', '--from', 'Tom Reilly', '--to', 'Sam Newcomer', '--json');
    expect(run.code, run.stderr).toBe(0);
    const moved = JSON.parse(run.stdout) as { from: string; to: string; at: string; accounts: { account_id: string; name: string }[] };
    expect(moved).toMatchObject({ from: 'Tom Reilly', to: 'Sam Newcomer' });
    expect(moved.accounts).toHaveLength(72);
    // Every one waits for its introduction (but those already reached today, which `today` leaves out).
    const sam = todayOf('Sam Newcomer');
    expect(sam.length).toBeGreaterThan(60);
    expect(sam.every((r) => r.reasons[0]?.text === 'Introduce yourself: handed over from Tom Reilly on 24 Nov')).toBe(true);
  }, 120_000);

  it.each([
    [['handover', '--from', 'Nobody Here', '--to', 'Maya Patel'], /No accounts are owned by "Nobody Here"\. Owners: /],
    [['handover', '--from', 'Maya Patel'], /handover needs both owners/],
    [['handover', '--from', 'Maya Patel', '--to', 'Aisha Okafor', '--accounts', 'NOPE-1'], /No account has the id "NOPE-1"/],
    [['handover', '--from', 'Maya Patel', '--to', 'Maya Patel'], /Maya Patel already owns these accounts/],
    [['handover', '--from', 'Maya Patel', '--to', 'Aisha Okafor', '--owner', 'x'], /does not take --owner/],
  ])('refuses %j in one line with exit code 2', (args, message) => {
    const run = tend('--db', db, ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
