import { describe, expect, it } from 'vitest';
import { validateMapping } from './fields';
import { createRowNormaliser } from './normalise-row';
import { findPreset, matchPresets, parsePreset, presetColumns, presetMapping, PRESETS } from './presets';
import { detectKind, suggestMapping } from './suggest';

// The sample exports and preset files are fixtures for this test, inlined by
// Vite when the test is transformed: the test reads no files at run time, and
// shared/ code stays free of I/O.
const SAMPLES = import.meta.glob<string>('../../resources/samples/*.csv', { query: '?raw', import: 'default', eager: true });
const PRESET_FILES = import.meta.glob<unknown>('../../resources/presets/*.json', { import: 'default', eager: true });

/** RFC 4180, enough for the samples: quoted cells, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endCell();
    } else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

function sample(id: string): { header: string[]; rows: string[][] } {
  const text = SAMPLES[`../../resources/samples/${id}.csv`];
  if (text === undefined) throw new Error(`No sample for ${id}`);
  const [header, ...rows] = parseCsv(text);
  return { header: header!, rows };
}

describe('presets', () => {
  it('ship at least three contact-log formats and an account list, with distinct ids', () => {
    expect(PRESETS.filter((p) => p.mapping.kind === 'touchpoints').length).toBeGreaterThanOrEqual(3);
    expect(PRESETS.some((p) => p.mapping.kind === 'accounts')).toBe(true);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(findPreset('zendesk-tickets')?.name).toBe('Zendesk tickets');
    expect(findPreset('nope')).toBeUndefined();
  });

  it('match their files in resources/presets exactly', () => {
    expect(Object.keys(PRESET_FILES).sort()).toEqual(PRESETS.map((p) => `../../resources/presets/${p.id}.json`).sort());
    for (const preset of PRESETS) expect(PRESET_FILES[`../../resources/presets/${preset.id}.json`]).toEqual(preset);
  });

  it('are valid when read back from JSON', () => {
    for (const preset of PRESETS) expect(parsePreset(JSON.parse(JSON.stringify(preset)))).toEqual({ ok: true, preset });
    const broken = parsePreset({ id: 'Bad Id', name: '', description: 'x', mapping: { kind: 'touchpoints', fields: { account: 'A' }, dateFormat: 'auto' } });
    expect(broken).toEqual({
      ok: false,
      problems: ['The preset id must be lower-case letters, digits and dashes.', 'The preset has no name.', "Choose the column for 'When it happened'."],
    });
    expect(parsePreset('zendesk')).toEqual({ ok: false, problems: ['The preset is not an object.'] });
  });

  it('list their columns in words', () => {
    expect(presetColumns(findPreset('phone-call-log')!)).toContainEqual({ field: 'occurred_at', label: 'When it happened', column: 'Start Time' });
  });
});

describe.each(PRESETS.map((p) => [p.id, p] as const))('sample export %s', (id, preset) => {
  const { header, rows } = sample(id);

  it('has 10–30 rows that all fit the header', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThanOrEqual(30);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('maps fully with its preset', () => {
    expect(validateMapping(preset.mapping, header)).toEqual([]);
    expect(presetMapping(preset, header)).toEqual(preset.mapping);
    expect(matchPresets(header)[0]).toEqual({ preset, coverage: 1 });
  });

  it('normalises every row without a rejection', () => {
    const normalise = createRowNormaliser(preset.mapping, header);
    const rejected = rows.map((row, i) => normalise(row, i + 2)).filter((result) => !result.ok);
    expect(rejected).toEqual([]);
  });

  it('is recognised without the preset: kind, and every column the preset maps', () => {
    expect(detectKind(header, rows).kind).toBe(preset.mapping.kind);
    const suggested = suggestMapping(preset.mapping.kind, header, rows);
    expect(suggested.fields).toMatchObject(preset.mapping.fields);
    expect(suggested.dateFormat).toBe(preset.mapping.dateFormat);
  });
});

describe('the samples, read as Tend would', () => {
  it('keep the Zendesk story straight: open tickets have no solved date, unrated ones no sentiment', () => {
    const { header, rows } = sample('zendesk-tickets');
    const records = rows.map((row, i) => createRowNormaliser(findPreset('zendesk-tickets')!.mapping, header)(row, i + 2));
    const open = records.filter((r) => r.ok && 'complaintStatus' in r.record && r.record.complaintStatus === 'open');
    expect(open.length).toBe(6);
    expect(records.filter((r) => r.ok && 'sentiment' in r.record && r.record.sentiment !== null)).toHaveLength(5);
  });

  it('reads a call across the October clock change in the phone system zone', () => {
    const { header, rows } = sample('phone-call-log');
    const preset = findPreset('phone-call-log')!;
    const normalise = createRowNormaliser({ ...preset.mapping, timeZone: 'Europe/London' }, header);
    const line = rows.findIndex((row) => row[1] === '25/10/2026 01:30:00');
    const result = normalise(rows[line]!, line + 2);
    expect(result.ok && 'occurredAt' in result.record && result.record.occurredAt).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('drops optional columns a file does not have, but keeps required ones so they are named', () => {
    const zendesk = findPreset('zendesk-tickets')!;
    const { header } = sample('zendesk-tickets');
    const withoutSurvey = header.filter((h) => h !== 'Satisfaction Score');
    expect(presetMapping(zendesk, withoutSurvey).fields.sentiment).toBeUndefined();
    expect(validateMapping(presetMapping(zendesk, withoutSurvey), withoutSurvey)).toEqual([]);
    const withoutDate = header.filter((h) => h !== 'Created at');
    expect(validateMapping(presetMapping(zendesk, withoutDate), withoutDate)).toEqual(["The file has no column 'Created at' (chosen for 'When it happened')."]);
    expect(matchPresets(withoutDate).map((m) => m.preset.id)).not.toContain('zendesk-tickets');
  });
});
