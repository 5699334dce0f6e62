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

let cleanup: () => void;
let db: string;
let withComplaint: { account_id: string; name: string; open_complaints: number; reasons: { text: string }[] };
beforeAll(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'cli.db');
  const demo = tend('--db', db, 'demo', '--as-of', AS_OF);
  expect(demo.code, demo.stderr).toBe(0);
  const rows = JSON.parse(tend('--db', db, 'today', '--as-of', AS_OF, '--json').stdout) as (typeof withComplaint)[];
  withComplaint = rows.find((r) => r.open_complaints > 0)!;
}, 60_000);
afterAll(() => cleanup());

describe('tend account', () => {
  it('prints the account page as text: score, band, reasons, open complaints, recent touchpoints', () => {
    const run = tend('--db', db, 'account', withComplaint.account_id, '--as-of', AS_OF);
    expect(run.code, run.stderr).toBe(0);
    const text = run.stdout;
    expect(text.split('\n')[0]).toContain(`${withComplaint.name} (${withComplaint.account_id})`);
    expect(text).toMatch(/As of 2026-11-24: score \d+, (Healthy|Watch|At risk|Neglected), priority [\d.]+/);
    expect(text).toContain(withComplaint.reasons[0]!.text);
    expect(text).toMatch(/Open complaints \(\d+\)\n {2}#\d+ .+: open \d+ days?/);
    const recent = text.slice(text.indexOf('Recent touchpoints')).split('\n');
    expect(recent[1]).toMatch(/Date +Channel +Direction/);
    expect(recent[2]).toMatch(/^ +[─ ]+$/);
    expect(recent.slice(3).filter((l) => /^ {2}\d{4}-\d{2}-\d{2}/.test(l))).toHaveLength(10);
  });

  it('prints the same as JSON with --json', () => {
    const run = tend('--db', db, 'account', withComplaint.account_id, '--as-of', AS_OF, '--json');
    expect(run.code, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout) as Record<string, unknown> & { reasons: unknown[]; open_complaints: { age_days: number }[]; recent_touchpoints: { occurred_at: string }[] };
    expect(page).toMatchObject({ account_id: withComplaint.account_id, name: withComplaint.name, as_of: AS_OF, score: expect.any(Number), band: expect.any(String) });
    expect(page.reasons).toEqual(withComplaint.reasons);
    expect(page.open_complaints).toHaveLength(withComplaint.open_complaints);
    expect(page.recent_touchpoints).toHaveLength(10);
    const times = page.recent_touchpoints.map((t) => t.occurred_at);
    expect(times).toEqual(times.toSorted().toReversed());
  });

  it('says in one line, with exit code 2, when the account or its id is missing', () => {
    const unknown = tend('--db', db, 'account', 'NO-SUCH-ID');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/No account has the id "NO-SUCH-ID"/);
    const missing = tend('--db', db, 'account');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/account needs ACCOUNT_ID/);
  });
});
