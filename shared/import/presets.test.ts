import { describe, expect, it } from 'vitest';
import { findPreset, parsePreset, presetColumns, PRESETS } from './presets';

describe('presets', () => {
  it('ship at least three contact-log formats and an account list, with distinct ids', () => {
    expect(PRESETS.filter((p) => p.mapping.kind === 'touchpoints').length).toBeGreaterThanOrEqual(3);
    expect(PRESETS.some((p) => p.mapping.kind === 'accounts')).toBe(true);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(findPreset('zendesk-tickets')?.name).toBe('Zendesk tickets');
    expect(findPreset('nope')).toBeUndefined();
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
