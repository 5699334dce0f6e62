import { describe, expect, it } from 'vitest';
import { accountUpdateDocument, nextStepsBlocks } from './account-document';
import { buildAccountUpdate } from './account-report';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { complaint, daysBefore, touchpoint, updateInput } from './test-reports';

const input = updateInput({
  contactLine: 'zoe@example.com · +44 20 7946 0000',
  touchpoints: [touchpoint({ channel: 'meeting', subject: 'Quarterly review', notes: 'Frank talk: they compare us with a competitor' })],
  complaints: [complaint({ subject: 'Duplicate invoices', openedAt: daysBefore(20) })],
  history: [
    { day: '2026-10-01', score: 60, band: 'watch' },
    { day: '2026-11-24', score: 31, band: 'neglected' },
  ],
});

describe('the account update document', () => {
  it('names the manager, the contact line and the period, and has the customer’s sections', () => {
    const doc = accountUpdateDocument(buildAccountUpdate(input));
    expect(doc.title).toBe('Acme Ørsted');
    expect(doc.meta).toEqual([
      { label: 'Your account manager', value: 'Zoë Łukasiewicz' },
      { label: 'Contact', value: 'zoe@example.com · +44 20 7946 0000' },
      { label: 'Period', value: '27 Aug – 24 Nov 2026' },
      { label: 'Prepared', value: '24 Nov 2026' },
    ]);
    expect(doc.sections.map((s) => s.id)).toEqual(['together', 'complaints', 'survey', 'next-steps']);
    expect(doc.banner).toBeNull();
    expect(doc.fileStem).toBe('status-update-acme-orsted-2026-11-24');
  });

  it('leaves the score, band, reasons, value and our notes out of the customer’s copy in every format', () => {
    const customer = accountUpdateDocument(buildAccountUpdate(input));
    const internal = accountUpdateDocument(buildAccountUpdate({ ...input, internal: true }));
    const internalOnly = ['Health score', 'No outbound contact for 40 days', '$250,000', 'Frank talk', 'Neglected', '31 / 100', 'internal'];
    // The page's style sheet names CSS classes (".callout--internal"); only what a reader sees counts.
    const visibleHtml = renderHtml(customer).replace(/<style>[\s\S]*<\/style>/, '');
    for (const text of [JSON.stringify(customer), visibleHtml, renderMarkdown(customer)]) {
      for (const secret of internalOnly) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const html = renderHtml(internal);
    for (const secret of internalOnly) expect(html).toContain(secret);
    expect(internal.sections[0]!.id).toBe('internal');
    expect(internal.banner).toMatch(/Do not send it to the customer/);
    expect(internal.fileStem).toMatch(/-internal$/);
    expect(JSON.stringify(internal)).toContain('"kind":"line"');
  });

  it('says so plainly when there is nothing to report', () => {
    const doc = accountUpdateDocument(buildAccountUpdate(updateInput()));
    const text = JSON.stringify(doc);
    expect(text).toContain('We have no contact with you on record');
    expect(text).toContain('No complaints were open in this period.');
    expect(text).toContain('We have no survey answers from you yet.');
  });

  it('shows the customer’s survey answers with their own comment', () => {
    const doc = accountUpdateDocument(
      buildAccountUpdate(updateInput({ survey: { comeBack: { answer: 4, at: daysBefore(12), comment: 'Survey response from Jan. Comment: "Always responsive."' }, refer: { answer: 9, at: daysBefore(12), comment: null } } })),
    );
    const survey = doc.sections.find((s) => s.id === 'survey')!;
    expect(survey.blocks[0]).toMatchObject({ kind: 'figures', figures: [{ value: '4 of 5' }, { value: '9 of 10' }] });
    expect(survey.blocks[1]).toEqual({ kind: 'paragraph', text: 'Your comment: “Always responsive.”' });
  });

  it('turns the written next steps into list items and paragraphs', () => {
    expect(nextStepsBlocks('We will:\n- call you\n* send the plan\n\n• meet in May\nThanks!')).toEqual([
      { kind: 'paragraph', text: 'We will:' },
      { kind: 'list', items: ['call you', 'send the plan'] },
      { kind: 'list', items: ['meet in May'] },
      { kind: 'paragraph', text: 'Thanks!' },
    ]);
  });
});
