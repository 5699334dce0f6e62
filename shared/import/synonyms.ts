import { headerKey } from './fields';
import type { ImportKind, TendField } from './fields';

/**
 * Column headers as real exports write them (Salesforce, HubSpot, Zendesk,
 * Freshdesk, Aircall, RingCentral, spreadsheets people made by hand), and the
 * Tend field each one means. Matching ignores case, spaces and punctuation.
 *
 * `score` ranks a header against others claiming the same field: "Activity
 * Date" beats a bare "Date", which beats "Created Date".
 * `when` means the header is too generic to trust alone: "Type" is a
 * direction only when its values are inbound/outbound, "Status" a complaint
 * status only when its values are open/solved.
 */
export type ValueShape = 'date' | 'direction' | 'channel' | 'complaint' | 'sentiment' | 'intent' | 'nps' | 'money';

export interface HeaderSynonyms {
  field: TendField;
  score: number;
  headers: readonly string[];
  when?: ValueShape;
}

const TOUCHPOINTS: readonly HeaderSynonyms[] = [
  { field: 'account', score: 1, headers: ['Account ID', 'Account Number', 'Account No', 'Customer ID', 'Customer Number', 'Client ID', 'Company ID', 'External ID', 'Account External ID', 'Organization ID', 'Organisation ID', 'Org ID', 'CRM ID', 'Account Key'] },
  { field: 'account_name', score: 1, headers: ['Account Name', 'Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Customer', 'Customer Name', 'Client', 'Client Name', 'Company / Account', 'Account'] },
  { field: 'account_name', score: 0.6, headers: ['Related To', 'Contact Company'] },
  { field: 'owner', score: 1, headers: ['Assigned To', 'Assigned', 'Owner', 'Account Owner', 'Activity Owner', 'Agent', 'Agent Name', 'Rep', 'Sales Rep', 'Assignee', 'Account Manager', 'CSM', 'Customer Success Manager', 'User', 'User Name', 'Owner Name', 'Handled By'] },
  { field: 'owner', score: 0.6, headers: ['Created By', 'Logged By'] },
  { field: 'occurred_at', score: 1, headers: ['Activity Date', 'Occurred At', 'Date/Time', 'Date Time', 'Call Start', 'Call Start Time', 'Start Time', 'Started At', 'Call Date', 'Call Time', 'Activity Date Time', 'Timestamp', 'Interaction Date', 'Contact Date', 'When', 'Meeting Date', 'Sent At', 'Sent Date'] },
  { field: 'occurred_at', score: 0.9, headers: ['Date', 'Time', 'Start', 'Start Date'] },
  { field: 'occurred_at', score: 0.85, headers: ['Created', 'Created At', 'Created Date', 'Date Created', 'Created On', 'Received At'] },
  { field: 'occurred_at', score: 0.6, headers: ['Due Date'] },
  { field: 'channel', score: 1, headers: ['Activity Type', 'Channel', 'Medium', 'Via', 'Task Subtype', 'Activity Subtype', 'Interaction Type', 'Contact Method', 'Communication Type', 'Contact Type', 'Event Type'] },
  { field: 'channel', score: 0.95, headers: ['Type'], when: 'channel' },
  { field: 'direction', score: 1, headers: ['Call Direction', 'Direction', 'Call Type', 'In/Out', 'Inbound/Outbound'], when: 'direction' },
  { field: 'direction', score: 0.95, headers: ['Type'], when: 'direction' },
  { field: 'complaint_status', score: 1, headers: ['Ticket Status', 'Case Status', 'Complaint Status'], when: 'complaint' },
  { field: 'complaint_status', score: 0.95, headers: ['Status'], when: 'complaint' },
  { field: 'resolved_at', score: 1, headers: ['Solved At', 'Solved', 'Resolved', 'Resolved At', 'Resolved Date', 'Closed Date', 'Closed At', 'Closed', 'Resolution Date', 'Date Closed', 'Date Solved', 'Solved Date', 'Date Resolved'], when: 'date' },
  { field: 'subject', score: 1, headers: ['Subject', 'Title', 'Summary', 'Topic', 'Task Subject', 'Activity Subject', 'Ticket Subject', 'Headline'] },
  { field: 'notes', score: 1, headers: ['Description', 'Notes', 'Comments', 'Comment', 'Body', 'Details', 'Full Comments', 'Call Notes', 'Note', 'Message Body', 'Transcript'] },
  { field: 'notes', score: 0.7, headers: ['Message', 'Content', 'Text'] },
  { field: 'person', score: 1, headers: ['Contact', 'Contact Name', 'Requester', 'Requester Name', 'Caller', 'Caller Name', 'Person', 'Contact Person', 'Customer Contact', 'Attendee', 'Participant'] },
  { field: 'person', score: 0.6, headers: ['Name', 'From Name'] },
  { field: 'sentiment', score: 1, headers: ['Satisfaction', 'CSAT', 'Sentiment', 'Satisfaction Score', 'Satisfaction Rating', 'CSAT Score', 'Customer Satisfaction', 'Rating', 'Mood', 'Tone'], when: 'sentiment' },
  { field: 'refer', score: 1, headers: ['NPS', 'NPS Score', 'Likelihood to recommend', 'Would Recommend', 'Recommend', 'Net Promoter Score', 'How likely are you to recommend us'], when: 'nps' },
  { field: 'come_back', score: 1, headers: ['Would buy again', 'Return intent', 'Come Back', 'Would Come Back', 'Would Return', 'Would Renew', 'Renewal Intent', 'Likely to Renew', 'Buy Again', 'Repurchase Intent'], when: 'intent' },
];

const ACCOUNTS: readonly HeaderSynonyms[] = [
  { field: 'account', score: 1, headers: ['Account ID', 'Account Number', 'Account No', 'Customer ID', 'Customer Number', 'External ID', 'Record ID', 'Company ID', 'Client ID', 'Organization ID', 'Organisation ID', 'CRM ID', 'Account Key'] },
  { field: 'account', score: 0.6, headers: ['ID'] },
  { field: 'account_name', score: 1, headers: ['Account Name', 'Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Customer', 'Customer Name', 'Client', 'Client Name', 'Company / Account'] },
  { field: 'account_name', score: 0.9, headers: ['Account', 'Name'] },
  { field: 'owner', score: 1, headers: ['Owner', 'Account Owner', 'Company Owner', 'Assigned To', 'Rep', 'Sales Rep', 'Account Manager', 'CSM', 'Customer Success Manager', 'Assignee', 'Agent', 'Owner Name'] },
  { field: 'tier', score: 1, headers: ['Tier', 'Segment', 'Plan', 'Account Tier', 'Customer Tier', 'Customer Segment', 'Service Level', 'Account Segment'] },
  { field: 'value', score: 1, headers: ['ARR', 'Annual Revenue', 'Value', 'Amount', 'MRR', 'Contract Value', 'ACV', 'Annual Contract Value', 'Annual Value', 'Revenue', 'Yearly Value', 'Account Value', 'ARR (USD)'], when: 'money' },
  { field: 'value', score: 0.7, headers: ['Total Revenue'], when: 'money' },
  { field: 'status', score: 1, headers: ['Status', 'Churned', 'Lifecycle Stage', 'Account Status', 'Customer Status', 'Active', 'Is Churned', 'Is Active', 'Churn'] },
  { field: 'status', score: 0.6, headers: ['Stage'] },
  { field: 'created_at', score: 1, headers: ['Customer Since', 'Became a Customer Date', 'Start Date', 'Signup Date', 'Sign-up Date', 'Contract Start', 'Contract Start Date', 'Since', 'Onboarded', 'Onboarding Date'], when: 'date' },
  { field: 'created_at', score: 0.85, headers: ['Created', 'Create Date', 'Created Date', 'Created At', 'Date Created', 'Created On'], when: 'date' },
];

export const HEADER_SYNONYMS: Record<ImportKind, readonly HeaderSynonyms[]> = { touchpoints: TOUCHPOINTS, accounts: ACCOUNTS };

/** Header key → the synonyms it matches, per kind; built once. */
const BY_KEY: Record<ImportKind, Map<string, HeaderSynonyms[]>> = { touchpoints: new Map(), accounts: new Map() };
for (const kind of ['touchpoints', 'accounts'] as const) {
  for (const synonyms of HEADER_SYNONYMS[kind]) {
    for (const header of synonyms.headers) {
      const key = headerKey(header);
      const list = BY_KEY[kind].get(key) ?? [];
      list.push(synonyms);
      BY_KEY[kind].set(key, list);
    }
  }
}

/** A header that only differs by a unit or note in brackets: "Annual Revenue (USD)", "Start Time (UTC)". */
const BRACKETED = /\s*[([][^)\]]*[)\]]\s*/g;

export interface HeaderMatch {
  synonyms: HeaderSynonyms;
  /** The synonym's score, lowered when the header only contains it. */
  score: number;
}

/**
 * The fields a header may mean for one kind of file, best first. A header
 * containing a synonym ("Primary Account Owner") matches at 30–60% of the
 * score, more the more of the header the synonym covers, so an exact header
 * always wins.
 *
 * @example
 * matchHeader('touchpoints', 'Call Direction')[0]?.synonyms.field; // 'direction'
 */
export function matchHeader(kind: ImportKind, header: string): HeaderMatch[] {
  const table = BY_KEY[kind];
  const key = headerKey(header);
  const exact = table.get(key) ?? table.get(headerKey(header.replace(BRACKETED, ' ')));
  if (exact) return exact.map((synonyms) => ({ synonyms, score: synonyms.score }));
  const partial: HeaderMatch[] = [];
  if (key.length < 4) return partial;
  for (const [synonymKey, list] of table) {
    if (synonymKey.length < 5 || !key.includes(synonymKey)) continue;
    // The more of the header a synonym covers, the likelier it is what the header means.
    const coverage = synonymKey.length / key.length;
    for (const synonyms of list) partial.push({ synonyms, score: synonyms.score * (0.3 + 0.3 * coverage) });
  }
  return partial.sort((a, b) => b.score - a.score);
}
