import { describe, expect, it } from 'vitest';
import { defaultPaper, formatsFor, initialChoices, reportSpec, withKind } from './report-choices';

const today = '2026-11-24';

describe('report choices', () => {
  it('starts an account update on the last 90 days, customer copy, PDF', () => {
    const choices = initialChoices({ kind: 'account', accountId: 7 }, today, 'en-GB');
    expect(reportSpec(choices, today)).toEqual({ spec: { kind: 'account', accountId: 7, from: '2026-08-27', to: today, internal: false } });
    expect(choices.format).toBe('pdf');
    expect(choices.paper).toBe('a4');
  });

  it('sends the next steps only once the user has written their own', () => {
    const choices = { ...initialChoices({ kind: 'account', accountId: 7 }, today, 'en'), nextSteps: '  Call Ana on Friday.\n' };
    expect(reportSpec(choices, today)).toMatchObject({ spec: { nextSteps: 'Call Ana on Friday.' } });
    expect(reportSpec({ ...choices, nextSteps: '' }, today)).toMatchObject({ spec: { nextSteps: '' } });
  });

  it('prints a contact line only when there is one', () => {
    const choices = initialChoices({ kind: 'account', accountId: 7 }, today, 'en');
    expect(reportSpec({ ...choices, contactLine: '   ' }, today)).not.toHaveProperty('spec.contactLine');
    expect(reportSpec({ ...choices, contactLine: ' maya@example.com · +44 20 7946 0000 ' }, today)).toMatchObject({
      spec: { contactLine: 'maya@example.com · +44 20 7946 0000' },
    });
  });

  it('asks for an account, or a period that can be, before there is anything to preview', () => {
    const portfolio = initialChoices({ kind: 'portfolio', owner: 'Maya Patel' }, today, 'en');
    expect(reportSpec(withKind(portfolio, 'account'), today)).toEqual({ problem: 'Pick the account the update is for.' });
    const backwards = { ...initialChoices({ kind: 'account', accountId: 3 }, today, 'en'), period: { from: '2026-11-20', to: '2026-11-01' } };
    expect(reportSpec(backwards, today)).toMatchObject({ problem: expect.stringMatching(/starts after it ends/) });
  });

  it('builds the portfolio report for one owner or everyone, as of a day not after today', () => {
    const choices = initialChoices({ kind: 'portfolio', owner: null }, today, 'en');
    expect(reportSpec(choices, today)).toEqual({ spec: { kind: 'portfolio', owner: null, asOf: today, periodDays: 30 } });
    expect(reportSpec({ ...choices, owner: 'Tom Reilly', asOf: '2026-10-31' }, today)).toMatchObject({ spec: { owner: 'Tom Reilly', asOf: '2026-10-31' } });
    expect(reportSpec({ ...choices, asOf: '2026-11-25' }, today)).toMatchObject({ problem: expect.stringMatching(/after today/) });
  });

  it('offers the data formats for the portfolio only, and falls back to PDF when switching away', () => {
    expect(formatsFor('account')).toEqual(['pdf', 'html', 'md']);
    expect(formatsFor('portfolio')).toContain('xlsx');
    const xlsx = { ...initialChoices({ kind: 'portfolio', owner: null }, today, 'en'), format: 'xlsx' as const };
    expect(withKind(xlsx, 'account').format).toBe('pdf');
    expect(withKind({ ...xlsx, format: 'md' }, 'account').format).toBe('md');
  });

  it('picks Letter paper for North American locales and A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('en')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de')).toBe('a4');
    expect(defaultPaper('not a locale!')).toBe('a4');
  });
});
