import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, tempDir } from './helpers';
import { pdfInfo, pdfText } from './reports-helpers';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
/** Each run starts the CLI afresh (a few seconds on a busy machine). */
const SLOW = 180_000;

function tend(...args: string[]) {
  const run = spawnSync(tsx, [join(root, 'electron/cli/main.ts'), ...args], { encoding: 'utf8', env: { ...process.env, TEND_DB: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let cleanup: () => void;
let db: string;
let out: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('tend-report-cli-'));
  db = join(dir, 'cli.db');
  out = join(dir, 'out');
  mkdirSync(out);
  const demo = tend('--db', db, 'demo', '--as-of', AS_OF);
  expect(demo.code, demo.stderr).toBe(0);
}, 120_000);
afterAll(() => cleanup());

/** A failed run: exit code 2, one line on stderr, nothing written (not even a temporary file). */
function expectRefused(run: ReturnType<typeof tend>, message: RegExp) {
  expect(run.code, run.stdout).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(readdirSync(out)).toEqual([]);
}

describe('tend report', () => {
  it('writes the portfolio report as PDF and XLSX, for everyone or one owner, on A4 or Letter', () => {
    for (const format of ['pdf', 'xlsx']) {
      const file = join(out, `portfolio.${format}`);
      const run = tend('--db', db, 'report', 'portfolio', '--as-of', AS_OF, '--format', format, '--out', file);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Wrote ${file}`);
    }
    expect(pdfText(join(out, 'portfolio.pdf'))).toContain('Health by band');
    expect(readFileSync(join(out, 'portfolio.xlsx')).subarray(0, 2).toString()).toBe('PK');
    // The format may also come from the file's extension.
    const owner = join(out, 'maya.pdf');
    expect(tend('--db', db, 'report', 'portfolio', '--owner', 'Maya Patel', '--as-of', AS_OF, '--paper', 'letter', '--out', owner).code).toBe(0);
    expect(pdfInfo(owner).size).toBe('612 x 792');
    expect(pdfText(owner)).toContain('Maya Patel’s portfolio');
  }, SLOW);

  it('writes an account update by CRM id, for the customer or as an internal copy', () => {
    const customer = join(out, 'update.pdf');
    const run = tend('--db', db, 'report', 'account', 'ACC-1001', '--from', '2026-09-01', '--to', AS_OF, '--contact', 'ana@example.com', '--format', 'pdf', '--out', customer);
    expect(run.code, run.stderr).toBe(0);
    const text = pdfText(customer);
    expect(text).toContain('1 Sep – 24 Nov 2026');
    expect(text).toContain('ana@example.com');
    expect(text).not.toContain('Health score');
    const internal = join(out, 'update-internal.md');
    expect(tend('--db', db, 'report', 'account', 'ACC-1001', '--to', AS_OF, '--internal', '--out', internal).code).toBe(0);
    const md = readFileSync(internal, 'utf8');
    expect(md).toContain('Health score');
    // Without --from, the update covers the 90 days up to --to.
    expect(md).toContain('**Period:** 27 Aug – 24 Nov 2026');
  }, SLOW);

  it('refuses unknown accounts, bad dates, wrong formats and unwritable paths with one line, exit 2 and no file', () => {
    for (const name of readdirSync(out)) rmSync(join(out, name));
    const file = join(out, 'x.pdf');
    expectRefused(tend('--db', db, 'report', 'account', 'NOPE-1', '--format', 'pdf', '--out', file), /No account has the id "NOPE-1"/);
    expectRefused(tend('--db', db, 'report', 'account', 'ACC-1001', '--from', '2026-02-30', '--format', 'pdf', '--out', file), /--from "2026-02-30" is not a date/);
    expectRefused(tend('--db', db, 'report', 'account', 'ACC-1001', '--from', '2026-12-01', '--to', AS_OF, '--format', 'pdf', '--out', file), /--from 2026-12-01 is after --to 2026-11-24/);
    expectRefused(tend('--db', db, 'report', 'account', 'ACC-1001', '--format', 'xlsx', '--out', join(out, 'x.xlsx')), /CSV and XLSX are for the portfolio report/);
    expectRefused(tend('--db', db, 'report', 'portfolio', '--format', 'pdf', '--out', join(out, 'missing', 'x.pdf')), /the folder .*missing does not exist/);
    expectRefused(tend('--db', db, 'report', 'portfolio', '--format', 'pdf', '--out', out), /it is a folder/);
  }, SLOW);

  it('leaves an existing file untouched when the report cannot be made', () => {
    const file = join(out, 'keep.pdf');
    writeFileSync(file, 'the previous report');
    const run = tend('--db', db, 'report', 'account', 'NOPE-1', '--format', 'pdf', '--out', file);
    expect(run.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('the previous report');
    expect(readdirSync(out)).toEqual(['keep.pdf']);
  }, SLOW);
});
