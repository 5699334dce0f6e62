import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountsCsv, exportFileName, neutraliseCell } from './csv-export';
import { accountRow } from './test-rows';

describe('neutraliseCell', () => {
  it.each(['=SUM(A1:A9)', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '=HYPERLINK("http://evil.example","Click")'])(
    'prefixes %j with an apostrophe so spreadsheets show it as text',
    (text) => {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['Acme', '', 'a=b', 'Smith-Jones', ' =not first', "'quoted", '42'])('leaves %j alone', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe('accountsCsv', () => {
  const rows = [
    accountRow({ id: 1, name: '=cmd|"/C calc"!A0', owner: 'Dana Whitfield', tags: ['renewal', '@risk'], value: 120_000, score: 20, band: 'neglected' }),
    accountRow({ id: 2, name: 'Contoso, "The" Company', owner: '-Luis', status: 'churned', churnedOn: '2026-10-01', score: null, band: null, daysSinceContact: null, lastContactOn: null }),
  ];

  it('writes the chosen columns in order, with a BOM and CRLF line ends', () => {
    const csv = accountsCsv(rows, ['account', 'band', 'value']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Account', 'CRM id', 'Band', 'Value'],
      [`'=cmd|"/C calc"!A0`, 'ACC-1', 'Neglected', '120000'],
      ['Contoso, "The" Company', 'ACC-2', '', '10000'],
    ]);
  });

  it('neutralises every text cell that starts like a formula, tags included', () => {
    const csv = accountsCsv(rows, ['owner', 'tags', 'status', 'lastContact']);
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(header).toEqual(['Owner', 'Tags', 'Status', 'Churned on', 'Last contact', 'Days since contact']);
    expect(first).toEqual(['Dana Whitfield', 'renewal; @risk', 'Active', '', '2026-11-14', '10']);
    expect(second).toEqual(["'-Luis", '', 'Churned', '2026-10-01', 'never', '']);
  });

  it('gives a header only for an empty view', () => {
    expect(accountsCsv([], ['account', 'owner'])).toBe('\uFEFFAccount,CRM id,Owner\r\n');
  });
});

describe('exportFileName', () => {
  it('names the day, and the saved view when there is one, without characters file systems refuse', () => {
    expect(exportFileName('2026-11-24', null)).toBe('accounts 2026-11-24.csv');
    expect(exportFileName('2026-11-24', 'At risk / strategic?')).toBe('accounts - At risk  strategic - 2026-11-24.csv');
    expect(exportFileName('2026-11-24', '  ')).toBe('accounts 2026-11-24.csv');
  });
});
