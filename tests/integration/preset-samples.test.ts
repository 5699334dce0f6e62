import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateMapping } from '../../shared/import/fields';
import { createRowNormaliser } from '../../shared/import/normalise-row';
import { findPreset, matchPresets, presetMapping, PRESETS } from '../../shared/import/presets';
import { detectKind, suggestMapping } from '../../shared/import/suggest';

/**
 * The shipped presets against the files beside them in resources/: each
 * preset's JSON file, and a sample export in its layout that must import
 * without a rejection.
 */
const RESOURCES = join(import.meta.dirname, '../../resources');

function sample(id: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(join(RESOURCES, 'samples', `${id}.csv`), 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header: header!, rows };
}

describe('resources/presets', () => {
  it('match their files in resources/presets exactly', () => {
    const files = readdirSync(join(RESOURCES, 'presets')).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(PRESETS.map((p) => `${p.id}.json`).sort());
    for (const preset of PRESETS) expect(JSON.parse(readFileSync(join(RESOURCES, 'presets', `${preset.id}.json`), 'utf8'))).toEqual(preset);
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
