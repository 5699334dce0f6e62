import { describe, expect, it } from 'vitest';
import { asOfMs, DAY_MS, dayOf } from '../dates';
import { buildAccountUpdate, complaintLines, countKinds, MAX_HIGHLIGHTS, nextUpdateDay, pickHighlights, workday } from './account-report';
import { complaint, daysBefore, touchpoint, TO, updateInput } from './test-reports';

describe('an account update', () => {
  it('counts the period’s touchpoints by kind, ours and the customer’s, most personal kinds first', () => {
    const kinds = countKinds([
      touchpoint({ channel: 'email', direction: 'inbound' }),
      touchpoint({ channel: 'email' }),
      touchpoint({ channel: 'meeting', direction: 'inbound' }),
      touchpoint({ channel: 'email' }),
    ]);
    expect(kinds).toEqual([
      { channel: 'meeting', fromUs: 0, fromCustomer: 1, total: 1 },
      { channel: 'email', fromUs: 2, fromCustomer: 1, total: 3 },
    ]);
  });

  it('names the notable touchpoints, oldest first, and keeps our notes out of the customer’s copy', () => {
    const list = [
      touchpoint({ at: daysBefore(30), channel: 'meeting', subject: 'Quarterly review', notes: 'They are "fed up" with us', person: 'Jana Nováková' }),
      touchpoint({ at: daysBefore(20), channel: 'call', subject: 'Quick hello' }),
      touchpoint({ at: daysBefore(15), channel: 'ticket', direction: 'inbound', subject: null, notes: 'Invoices arrived twice. Please fix.', complaint: true }),
      touchpoint({ at: daysBefore(12), channel: 'email', subject: 'Update on invoices', complaintId: 99 }),
      touchpoint({ at: daysBefore(5), channel: 'email', subject: 'Long talk', notes: 'x'.repeat(250) }),
    ];
    const customer = pickHighlights(list, false);
    expect(customer.map((h) => [h.why, h.title])).toEqual([
      ['meeting', 'Quarterly review'],
      ['complaint', 'Invoices arrived twice.'],
      ['long-notes', 'Long talk'],
    ]);
    expect(customer.every((h) => h.notes === null)).toBe(true);
    expect(customer[0]!.person).toBe('Jana Nováková');
    expect(pickHighlights(list, true)[0]!.notes).toBe('They are "fed up" with us');
  });

  it('keeps the weightiest ten highlights', () => {
    const list = Array.from({ length: 12 }, (_, i) => touchpoint({ at: daysBefore(40 - i), channel: 'email', subject: `Long ${i}`, notes: 'y'.repeat(300) }));
    list.push(touchpoint({ at: daysBefore(50), channel: 'meeting', subject: 'Kick-off' }));
    const picked = pickHighlights(list, false);
    expect(picked).toHaveLength(MAX_HIGHLIGHTS);
    expect(picked[0]!.title).toBe('Kick-off');
    expect(picked.slice(1).map((h) => h.title)).toEqual(['Long 3', 'Long 4', 'Long 5', 'Long 6', 'Long 7', 'Long 8', 'Long 9', 'Long 10', 'Long 11']);
  });

  it('tells each complaint’s status on the last day, how long it took and when the customer hears from us next', () => {
    const lines = complaintLines({
      to: TO,
      internal: false,
      complaints: [
        complaint({ subject: 'Fixed one', openedAt: daysBefore(40), status: 'resolved', resolvedAt: daysBefore(34) }),
        complaint({ subject: 'Still open', openedAt: daysBefore(10), updates: [{ at: daysBefore(4), subject: null, notes: 'told them the fix ships Friday' }] }),
        // Resolved after the period's end: still open as far as this update goes.
        complaint({ subject: 'Resolved later', openedAt: daysBefore(3), status: 'resolved', resolvedAt: asOfMs(TO) + 2 * DAY_MS }),
      ],
    });
    expect(lines.map((l) => [l.title, l.status])).toEqual([
      ['Still open', 'open'],
      ['Resolved later', 'open'],
      ['Fixed one', 'resolved'],
    ]);
    expect(lines[2]!.days).toBeCloseTo(6);
    expect(lines[2]!.resolvedOn).toBe(dayOf(daysBefore(34)));
    expect(lines[2]!.nextUpdateBy).toBeNull();
    // Last word 4 days before the end: a week after it.
    expect(lines[0]!.nextUpdateBy).toBe(workday(dayOf(daysBefore(4) + 7 * DAY_MS)));
    expect(lines[0]!.lastUpdate).toEqual({ day: dayOf(daysBefore(4)), text: 'update sent' });
    expect(complaintLines({ to: TO, internal: true, complaints: [complaint({ updates: [{ at: daysBefore(4), subject: null, notes: 'told them' }] })] })[0]!.lastUpdate?.text).toBe('told them');
  });

  it('promises the next update on a working day, never in the past', () => {
    expect(workday('2026-11-28')).toBe('2026-11-30'); // Saturday → Monday
    expect(workday('2026-11-29')).toBe('2026-11-30'); // Sunday → Monday
    expect(nextUpdateDay('2026-11-20', '2026-11-24')).toBe('2026-11-27');
    expect(nextUpdateDay('2026-10-01', '2026-11-24')).toBe('2026-11-25');
  });

  it('suggests next steps from open complaints, survey answers, meetings and the cadence, and uses the manager’s own when written', () => {
    const input = updateInput({
      complaints: [complaint({ subject: 'Duplicate invoices' })],
      survey: { comeBack: { answer: 2, at: daysBefore(30), comment: null }, refer: null },
      lastOurContactAt: daysBefore(3),
    });
    const update = buildAccountUpdate(input);
    const steps = update.suggestedNextSteps.split('\n');
    expect(steps[0]).toMatch(/^- Resolve “Duplicate invoices”: we will update you by \d+ \w+ 2026\.$/);
    expect(steps).toContain('- Go through your latest survey answers together and agree what we change.');
    expect(steps).toContain('- Meet for a review: how the last months went and what you need from us next.');
    expect(steps.at(-1)).toBe('- Next check-in from Zoë Łukasiewicz: by 7 Dec 2026.');
    expect(update.nextSteps).toBe(update.suggestedNextSteps);
    expect(buildAccountUpdate({ ...input, nextSteps: '  Call on Monday.  ' }).nextSteps).toBe('Call on Monday.');
    expect(buildAccountUpdate({ ...input, nextSteps: '   ' }).nextSteps).toBe(update.suggestedNextSteps);
  });

  it('takes the median time to resolve from complaints resolved inside the period', () => {
    const update = buildAccountUpdate(
      updateInput({
        complaints: [
          complaint({ openedAt: daysBefore(30), status: 'resolved', resolvedAt: daysBefore(28) }),
          complaint({ openedAt: daysBefore(20), status: 'resolved', resolvedAt: daysBefore(10) }),
          complaint({ openedAt: daysBefore(12), status: 'resolved', resolvedAt: daysBefore(8) }),
        ],
      }),
    );
    expect(update.medianDaysToResolve).toBeCloseTo(4);
  });
});
