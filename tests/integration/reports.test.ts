import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { ReportSpec } from '../../shared/api/reports';
import { looksLikeFormula } from '../../shared/reports/cells';
import { addHostileAccount, FORMULA_PAYLOADS, HOSTILE, MARKUP_PAYLOADS, type HostileAccount } from '../fixtures/reports/hostile-account';
import { AS_OF, demoBackend, tempDir } from './helpers';
import { keep, pdfInfo, pdfText, render } from './reports-helpers';

/**
 * Both reports in every format from a fixed database: the sample portfolio
 * as of AS_OF with its back-filled score history, plus one account whose
 * every text is an attack (tests/fixtures/reports/hostile-account.ts).
 */
let dir: string;
let cleanup: () => void;
let backend: Backend;
let hostile: HostileAccount;
let reasons: string[];
let activeAccounts: number;

const FROM = '2026-08-27';
const customer = (): ReportSpec => ({ kind: 'account', accountId: hostile.accountId, from: FROM, to: AS_OF, internal: false, contactLine: HOSTILE.contactLine });
const internal = (): ReportSpec => ({ ...customer(), internal: true }) as ReportSpec;
const portfolio: ReportSpec = { kind: 'portfolio', owner: null, asOf: AS_OF };

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('tend-reports-'));
  backend = await demoBackend(dir);
  await backend.history.idle();
  hostile = await addHostileAccount(backend, AS_OF);
  await backend.scoreboard.ensure(AS_OF);
  reasons = backend.scoreboard.get(hostile.accountId)!.health.reasons.map((r) => r.text);
  activeAccounts = [...backend.scoreboard.all()].length;
  expect(reasons.length).toBeGreaterThan(0);
}, 120_000);
afterAll(async () => {
  await backend?.close();
  cleanup?.();
});

/** What the internal copy adds and the customer's copy must never show. */
const internalOnly = () => ['Health score', '$987,654', 'Account health', 'Internal copy', ...reasons];

describe('the account status update', () => {
  it('as a PDF names the manager, the contact line, the period and every section, in the fonts of any script', async () => {
    const file = keep(dir, 'account-customer.pdf', (await render(backend, customer(), 'pdf')).content);
    const text = pdfText(file);
    for (const expected of ['STATUS UPDATE', 'Ørsted Энергия', 'YOUR ACCOUNT MANAGER', HOSTILE.owner, HOSTILE.contactLine, '27 Aug – 24 Nov 2026', 'What we did together', 'Highlights'.toUpperCase(), 'Complaints', 'Your latest survey answers', 'Next steps', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('2 of 5'); // will you come back
    expect(text).toContain('3 of 10'); // would you recommend us
    expect(text).toMatch(/1 complaint still open, 1 resolved/);
    expect(text).toMatch(/We will update you by \d+ \w+ 2026/);
    expect(pdfInfo(file).size).toBe('595.28 x 841.89');
    expect(existsSync(join(dir, 'account-customer.pdf'))).toBe(true);
  });

  it('never shows the customer the health score, band, reasons, value or our notes, in any format', async () => {
    for (const format of ['pdf', 'html', 'md'] as const) {
      const file = keep(dir, `account-customer-check.${format}`, (await render(backend, customer(), format)).content);
      const text = format === 'pdf' ? pdfText(file) : (await render(backend, customer(), format)).content.toString('utf8').replace(/<style>[\s\S]*<\/style>/, '');
      for (const secret of [...internalOnly(), 'told them =1+1', 'Long notes.']) expect(text, `${format}: ${secret}`).not.toContain(secret);
      for (const band of ['Neglected', 'At risk', 'Watch', 'Healthy']) expect(text, `${format}: ${band}`).not.toContain(band);
    }
  });

  it('adds the internal material to the internal copy only, in every format', async () => {
    const file = keep(dir, 'account-internal.pdf', (await render(backend, internal(), 'pdf')).content);
    const texts = [pdfText(file), (await render(backend, internal(), 'html')).content.toString('utf8'), (await render(backend, internal(), 'md')).content.toString('utf8').replace(/\\/g, '')];
    for (const text of texts) {
      for (const expected of ['Health score', '$987,654', 'Account health (internal only)', 'Do not send it to the customer']) expect(text).toContain(expected);
      for (const reason of reasons) expect(text.replace(/\s+/g, ' ')).toContain(reason.replace(/\s+/g, ' '));
    }
  });

  it('offers a suggested next steps text, and prints the manager’s own instead when given', async () => {
    const preview = await backend.api['reports.preview']({ spec: customer() });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.suggestedNextSteps).toMatch(/^- Resolve “/);
    expect(preview.value.suggestedNextSteps).toContain('survey answers');
    expect(preview.value.html).toContain('<!doctype html>');
    expect(preview.value.html).toBe((await render(backend, customer(), 'html')).content.toString('utf8'));
    const own = (await render(backend, { ...customer(), nextSteps: '- Call Иван on Monday\n- Send the fixed invoices' } as ReportSpec, 'md')).content.toString('utf8');
    expect(own).toContain('- Call Иван on Monday');
    expect(own).not.toContain('Resolve “');
  });

  it('refuses CSV and XLSX, an unknown account and a period that ends before it starts, with a sentence', async () => {
    for (const [spec, format, code, message] of [
      [customer(), 'csv', 'invalid_argument', /comes as PDF, HTML or Markdown/],
      [customer(), 'xlsx', 'invalid_argument', /comes as PDF, HTML or Markdown/],
      [{ ...customer(), accountId: 999_999 }, 'pdf', 'not_found', /no account with id 999999/],
      [{ ...customer(), from: '2026-12-01' }, 'pdf', 'invalid_argument', /starts on 1 Dec 2026, after it ends on 24 Nov 2026/],
    ] as const) {
      const result = await backend.api['reports.render']({ spec: spec as ReportSpec, format });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
  });
});

describe('the portfolio report', () => {
  it('as a PDF holds every section, the owners, the counts and page numbers, on A4 and Letter', async () => {
    const a4 = keep(dir, 'portfolio.pdf', (await render(backend, portfolio, 'pdf')).content);
    const text = pdfText(a4);
    for (const expected of ['PORTFOLIO REPORT', 'The whole portfolio', 'Health by band', 'Accounts by band', 'By owner', 'Biggest movers', 'FALLING', 'RISING', 'Average health score', 'Needs attention today', 'Complaint ageing', 'Open complaints by age', 'Pain points', 'Value concentration', 'Top 20% of accounts', 'All owners']) {
      expect(text).toContain(expected);
    }
    for (const owner of ['Aisha Okafor', 'Jonas Berg', 'Maya Patel', 'Tom Reilly', HOSTILE.owner]) expect(text).toContain(owner);
    expect(text).toContain(`${activeAccounts} · $`);
    expect(text).toContain('Ørsted Энергия');
    const { pages, size } = pdfInfo(a4);
    expect(size).toBe('595.28 x 841.89');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    const letter = keep(dir, 'portfolio-letter.pdf', (await render(backend, portfolio, 'pdf', 'letter')).content);
    expect(pdfInfo(letter).size).toBe('612 x 792');
  });

  it('says there are no movers when the period start has no snapshots, instead of inventing them', async () => {
    const owner = (await render(backend, { kind: 'portfolio', owner: 'Maya Patel', asOf: AS_OF, periodDays: 300 }, 'pdf')).content;
    const text = pdfText(keep(dir, 'portfolio-maya-300.pdf', owner));
    expect(text).toContain('There are no score snapshots for 28 Jan 2026');
    expect(text).not.toContain('FALLING');
    expect(text).toContain('Maya Patel’s portfolio');
    expect(text).not.toContain('Jonas Berg');
  });

  it('as CSV lists every active account once, with no cell that could run as a formula', async () => {
    const csv = await render(backend, portfolio, 'csv');
    expect(csv.mime).toBe('text/csv; charset=utf-8');
    expect(csv.fileName).toBe('portfolio-everyone-2026-11-24.csv');
    const text = csv.content.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toContain('Score at period start');
    expect(rows).toHaveLength(activeAccounts);
    for (const row of rows) for (const cell of row) expect(looksLikeFormula(cell), cell).toBe(false);
    const row = rows.find((r) => r[1]!.includes('Ørsted'))!;
    expect(row[0]).toBe(`'${HOSTILE.externalId}`);
    expect(row[1]).toBe(`'${HOSTILE.name}`);
    expect(row[4]).toBe(String(HOSTILE.value));
  });

  it('as XLSX holds every table as plain strings and numbers: no formula, no cell starting one', async () => {
    const xlsx = await render(backend, portfolio, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Accounts', 'Bands', 'Movers', 'Needs attention', 'Open complaints', 'Pain points', 'Owners', 'Score trend']);
    expect(workbook.getWorksheet('Accounts')!.actualRowCount - 1).toBe(activeAccounts);
    let strings = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type);
          if (typeof cell.value === 'string') {
            strings++;
            expect(looksLikeFormula(cell.value), cell.value).toBe(false);
          }
        }),
      );
    }
    expect(strings).toBeGreaterThan(1000);
    const complaints = workbook.getWorksheet('Open complaints')!;
    const values = complaints.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(values).toContain(`'${FORMULA_PAYLOADS[1]} ${MARKUP_PAYLOADS[0]}`);
    // The notes column holds the notes on one line: "\t=1+1" becomes "=1+1", then neutralised.
    expect(values).toContain("'=1+1");
  });
});

describe('an empty store', () => {
  it('still gives a portfolio report that says what to do', async () => {
    const empty = await openBackend(join(dir, 'empty.db'));
    try {
      const text = pdfText(keep(dir, 'portfolio-empty.pdf', (await render(empty, portfolio, 'pdf')).content));
      expect(text).toContain('There are no active accounts in this portfolio. Import an account list or load the sample data');
      expect(text).toContain('Page 1 of');
      const csv = (await render(empty, portfolio, 'csv')).content.toString('utf8');
      expect(csv.trim().split('\r\n')).toHaveLength(1);
    } finally {
      await empty.close();
    }
  });
});

describe('hostile notes, subjects and names', () => {
  it('come out as inert text in HTML and Markdown', async () => {
    for (const spec of [customer(), internal(), portfolio]) {
      const html = (await render(backend, spec, 'html')).content.toString('utf8');
      expect(html).not.toMatch(/<(script|img|iframe|object|embed|link)/i);
      expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\s(on\w+|src|href)=/i);
      // The portfolio shortens long names, so its copy of the payload may end before the script tag.
      expect(html).toContain(spec.kind === 'account' ? '&lt;script&gt;alert(1)&lt;/script&gt;' : '=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) Ørsted Энергия');
      const md = (await render(backend, spec, 'md')).content.toString('utf8');
      expect(md).not.toMatch(/(?<!\\)<(script|img)/i);
      expect(md).not.toMatch(/(?<!\\)\[click\]\(/);
      if (spec.kind === 'account') expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    }
  });

  it('are drawn as text in the PDF, which carries no script, link or action', async () => {
    for (const [name, spec] of [['account-internal-hostile.pdf', internal()], ['portfolio-hostile.pdf', portfolio]] as const) {
      const pdf = (await render(backend, spec, 'pdf')).content;
      const raw = pdf.toString('latin1');
      for (const action of ['/JavaScript', '/JS', '/URI', '/Launch', '/OpenAction', '/AA', '/EmbeddedFile']) expect(raw, `${name}: ${action}`).not.toContain(action);
      const text = pdfText(keep(dir, name, pdf));
      expect(text).toContain('=HYPERLINK("http://');
      expect(text).toContain('Ørsted Энергия');
      if (spec.kind === 'account') expect(text).toContain('<script>alert(1)</script>');
    }
  });
});
