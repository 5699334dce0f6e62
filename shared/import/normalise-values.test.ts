import { describe, expect, it } from 'vitest';
import { parseMoney } from './money';
import {
  isNoAnswer, parseAccountStatus, parseChannel, parseComeBack, parseComplaintStatus, parseDirection, parseRefer, parseSentiment,
  parseTier, valueKey,
} from './normalise-values';

describe('direction', () => {
  it.each(['Outgoing', 'Out', 'outbound', 'OB', 'Sent', ' OUTBOUND '])('%s is ours', (text) => expect(parseDirection(text)).toBe('outbound'));
  it.each(['Incoming', 'In', 'Inbound', 'IB', 'Received', 'Missed', 'Voicemail'])('%s is theirs', (text) => expect(parseDirection(text)).toBe('inbound'));
  it.each(['Internal', '', 'sideways'])('%s is unknown', (text) => expect(parseDirection(text)).toBeNull());
});

describe('channel', () => {
  it.each([
    ['Phone', 'call'], ['Call', 'call'], ['Voice', 'call'], ['Phone call', 'call'], ['Phone call (incoming)', 'call'],
    ['E-mail', 'email'], ['Email', 'email'], ['Mail', 'email'], ['List Email', 'email'],
    ['Meeting', 'meeting'], ['Visit', 'meeting'], ['Video call', 'meeting'], ['Zoom', 'meeting'], ['Teams', 'meeting'], ['Event', 'meeting'],
    ['Chat', 'message'], ['SMS', 'message'], ['Message', 'message'], ['WhatsApp', 'message'], ['Web Widget', 'message'],
    ['Ticket', 'ticket'], ['Case', 'ticket'], ['Support', 'ticket'], ['Web form', 'ticket'],
    ['Survey', 'survey'], ['NPS', 'survey'],
    ['Task', 'other'],
  ])('%s → %s', (text, channel) => expect(parseChannel(text)).toBe(channel));

  it('does not recognise what it does not know (the row files it under other)', () => {
    expect(parseChannel('Carrier pigeon')).toBeNull();
  });
});

describe('complaint status', () => {
  it.each(['Closed', 'Solved', 'Resolved', 'Done', 'completed'])('%s is resolved', (text) => expect(parseComplaintStatus(text)).toBe('resolved'));
  it.each(['Open', 'New', 'Pending', 'On-hold', 'hold', 'In progress', 'Escalated'])('%s is open', (text) => expect(parseComplaintStatus(text)).toBe('open'));
  it('does not read other words', () => expect(parseComplaintStatus('Purple')).toBeNull());
});

describe('sentiment', () => {
  it.each([
    ['Very positive', 1], ['Positive', 0.5], ['Neutral', 0], ['Negative', -0.5], ['Very negative', -1],
    ['Good', 0.5], ['Bad', -0.5], ['very   NEGATIVE', -1],
  ])('word %s → %s', (text, value) => expect(parseSentiment(text)).toBe(value));

  it('reads stars, fractions and percentages', () => {
    expect(parseSentiment('5 stars')).toBe(1);
    expect(parseSentiment('1 star')).toBe(-1);
    expect(parseSentiment('★★★', 'auto')).toBeNull();
    expect(parseSentiment('4/5')).toBe(0.6);
    expect(parseSentiment('3/5')).toBe(0.2);
    expect(parseSentiment('8/10')).toBe(0.6);
    expect(parseSentiment('80%')).toBe(0.6);
    expect(parseSentiment('0%')).toBe(-1);
  });

  it('reads numbers on the scale the column uses', () => {
    expect(parseSentiment('-0.4')).toBe(-0.4);
    expect(parseSentiment('0,25')).toBe(0.25);
    expect(parseSentiment('1', 'signed')).toBe(1);
    expect(parseSentiment('1', 'five')).toBe(-1);
    expect(parseSentiment('4', 'five')).toBe(0.5);
    expect(parseSentiment('4')).toBe(0.5);
    expect(parseSentiment('1')).toBe(1);
    expect(parseSentiment('10', 'ten')).toBe(1);
    expect(parseSentiment('0', 'ten')).toBe(-1);
    expect(parseSentiment('5', 'ten')).toBe(0);
  });

  it('refuses what is off the scale or not a sentiment', () => {
    expect(parseSentiment('1.5', 'signed')).toBeNull();
    expect(parseSentiment('6', 'five')).toBeNull();
    expect(parseSentiment('7')).toBeNull();
    expect(parseSentiment('meh')).toBeNull();
  });

  it('knows when a survey was not answered', () => {
    expect(isNoAnswer('Offered')).toBe(true);
    expect(isNoAnswer('unoffered')).toBe(true);
    expect(isNoAnswer('Good')).toBe(false);
  });
});

describe('survey answers', () => {
  it('reads come-back on 1–5, with yes/no at its ends', () => {
    expect(parseComeBack('Yes')).toBe(5);
    expect(parseComeBack('no')).toBe(1);
    expect(parseComeBack('Maybe')).toBe(3);
    expect(parseComeBack('Probably')).toBe(4);
    expect(parseComeBack('probably not')).toBe(2);
    expect(parseComeBack('TRUE')).toBe(5);
    expect(parseComeBack('4')).toBe(4);
    expect(parseComeBack('3.5')).toBe(3.5);
    expect(parseComeBack('0')).toBeNull();
    expect(parseComeBack('6')).toBeNull();
  });

  it('reads recommend on 0–10', () => {
    expect(parseRefer('9')).toBe(9);
    expect(parseRefer('0')).toBe(0);
    expect(parseRefer('Yes')).toBe(10);
    expect(parseRefer('No')).toBe(0);
    expect(parseRefer('11')).toBeNull();
    expect(parseRefer('-1')).toBeNull();
  });
});

describe('tier', () => {
  it.each([
    ['Strategic', 'Strategic'], ['Enterprise', 'Strategic'], ['Key', 'Strategic'], ['key account', 'Strategic'],
    ['Standard', 'Standard'], ['Mid-market', 'Standard'], ['Growth', 'Standard'],
    ['Long tail', 'Long tail'], ['SMB', 'Long tail'], ['Small', 'Long tail'],
    [' Gold ', 'Gold'],
  ])('%s → %s', (text, tier) => expect(parseTier(text)).toBe(tier));
});

describe('account status', () => {
  it.each(['Active', 'Customer', 'Evangelist'])('%s is active', (text) => expect(parseAccountStatus(text)).toBe('active'));
  it.each(['Churned', 'Lost', 'Cancelled', 'Inactive', 'Former customer'])('%s is churned', (text) => expect(parseAccountStatus(text)).toBe('churned'));

  it('reads yes/no by what the column asks', () => {
    expect(parseAccountStatus('Yes')).toBe('churned');
    expect(parseAccountStatus('No')).toBe('active');
    expect(parseAccountStatus('Yes', 'active')).toBe('active');
    expect(parseAccountStatus('FALSE', 'active')).toBe('churned');
  });

  it('does not count a lead as either', () => expect(parseAccountStatus('Lead')).toBeNull());
});

describe('money', () => {
  it.each([
    ['12500', 12500],
    ['$12,500.00', 12500],
    ['12.500,00 €', 12500],
    ['€ 12.500', 12500],
    ['£1,234,567.89', 1234567.89],
    ['12k', 12000],
    ['12.5K', 12500],
    ['$1.2M', 1200000],
    ['3 bn', 3e9],
    ['12 500 kr', 12500],
    ['12\u00a0500,50 €', 12500.5],
    ["CHF 12'500.00", 12500],
    ['USD 1,200', 1200],
    ['1,200 EUR', 1200],
    ['12,50', 12.5],
    ['0.500', 0.5],
    ['1234.567', 1234.57], // kept to the cent
    ['(300.00)', -300],
    ['-45', -45],
    ['EUR -45', -45],
    ['12k EUR', 12000],
  ])('%s → %s', (text, amount) => expect(parseMoney(text)).toBe(amount));

  it.each(['', 'N/A', 'Unknown', 'twelve', '12,5,0', '1.2.3,4,5', '$', '12 apples'])('%s is not an amount', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('valueKey', () => {
  it('ignores case, spacing, punctuation and accents', () => {
    expect(valueKey(' E-Mail ')).toBe('email');
    expect(valueKey('Réunion')).toBe('reunion');
  });
});
