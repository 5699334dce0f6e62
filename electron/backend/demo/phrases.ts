import type { Random } from './random';

/** What a touchpoint is about; picks the subject line and the body of its notes. */
export type Topic =
  | 'check-in'
  | 'review'
  | 'renewal'
  | 'product-news'
  | 'usage-tips'
  | 'welcome'
  | 'complaint-update'
  | 'resolution'
  | 'exit-call'
  | 'question'
  | 'feedback'
  | 'billing'
  | 'chaser'
  | 'notice'
  | 'complaint'
  | 'survey';

/** The mood a touchpoint was written in; sets both the notes' wording and any given sentiment. */
export type Tone = 'warm' | 'neutral' | 'sour';

/** One way of writing a touchpoint: a subject line and the notes that go with it. */
type Entry = readonly [subject: string, notes: string];

const TOPICS: Record<Topic, readonly Entry[]> = {
  'check-in': [
    ['Check-in', 'Caught up with {first} on how {product} is landing with the team.'],
    ['Catch-up with {first}', 'Touched base with {first}; went through open questions on {product}.'],
    ['Plans for next quarter', 'Talked to {first} about their rollout plans for next quarter.'],
    ['How is it going?', 'Asked {first} how things are going since the last update.'],
  ],
  review: [
    ['Quarterly business review', 'Quarterly review with {first} and two of their leads: usage, goals, next steps.'],
    ['Roadmap session with {company}', 'Went through the roadmap with {first}; they want early access to {product}.'],
    ['Account review with {first}', "Reviewed last quarter's numbers, agreed three actions for the next one."],
    ['Planning session', 'Planning session at their office, covered budget, training and {product}.'],
  ],
  renewal: [
    ['Renewal', 'Discussed renewal timing with {first}; proposal goes out next week.'],
    ['Multi-year pricing', 'Renewal: {first} asked about multi-year pricing.'],
    ['Renewal terms for {company}', 'Walked {first} through the renewal terms, no objections so far.'],
  ],
  'product-news': [
    ['Release notes, {month}', 'Shared the {month} release notes and flagged the changes to {product}.'],
    ['Heads-up: changes to {product}', 'Gave {first} a heads-up about the upcoming changes to {product}.'],
    ['Webinar invitation', 'Invited {first} to the webinar on {product}.'],
  ],
  'usage-tips': [
    ['Getting more out of {product}', "Shared a short guide to {product}, plus the recording of last week's training."],
    ['Tip: {product}', 'Suggested they switch on {product}; {first} will try it with one team first.'],
    ['Training follow-up', 'Followed up on the training session, answered questions about {product}.'],
  ],
  welcome: [
    ['Kick-off', 'Kick-off with {first}: goals, timeline, who does what.'],
    ['Welcome to the team!', 'Welcome pack sent: onboarding plan and links to training.'],
    ['Onboarding plan', 'Introduced myself to {first} and set up the first training session.'],
  ],
  'complaint-update': [
    ['Update: {issue}', 'Updated {first} on {issue}; engineering has a fix in testing.'],
    ['Root cause found', 'Told {first} the root cause of {issue} is found, rollout planned this week.'],
    ['Workaround check', 'Checked in with {first} on {issue}; the workaround is holding for now.'],
    ['Status update on your ticket', 'Status update to {first} on {issue}, next checkpoint on Friday.'],
  ],
  resolution: [
    ['Fixed: {issue}', 'Confirmed with {first} that {issue} is fixed; they are happy to close it.'],
    ['Closing the loop', 'Closed the loop on {issue}. {first} said "thanks for staying on top of it".'],
    ['Resolution confirmed', 'Fix for {issue} is live, {first} verified it on their side.'],
  ],
  'exit-call': [
    ['Exit call', 'Exit call with {first}: they are moving to a competitor, mainly on price.'],
    ['Offboarding', 'Offboarding call, arranged the data export for {first}.'],
    ['Sorry to see you go', 'Spoke to {first} about the decision; no room to change it this year.'],
  ],
  question: [
    ['Second site', '{first} asked how to set up {product} for a second site.'],
    ['User permissions', '{first} asked about user permissions for their managers.'],
    ['Exporting old data', "Question from {first} about exporting last year's data."],
    ['Access for a new colleague', '{first} needs access for a new colleague, and asked about roles.'],
    ['Question about {product}', '{first} asked whether {product} works with their setup.'],
  ],
  feedback: [
    ['Feedback on {product}', '{first} shared feedback from their team on {product}.'],
    ['The new release', 'Note from {first} about the new release.'],
    ['Suggestions', '{first} sent a few suggestions, e.g. bulk editing and better filters.'],
  ],
  billing: [
    ['Invoice {n}', '{first} asked for a copy of invoice {n}.'],
    ['New PO number', 'Billing contact changed; {first} sent the new PO number.'],
    ['VAT on invoice {n}', '{first} asked whether VAT is included on invoice {n}.'],
  ],
  chaser: [
    ['Any update?', '{first} chasing: "any news on {issue}?"'],
    ['RE: {issue}', '{first} wrote again about {issue}, no reply from us yet.'],
    ['Still waiting', '{first} followed up again about {issue}; asking who owns it.'],
  ],
  notice: [
    ['Notice of non-renewal', '{first} sent formal notice that they will not renew.'],
    ['Cancellation', 'Cancellation request from {first}, effective at the end of the term.'],
    ['Contract end', '{first} confirmed they are ending the contract, see attached letter.'],
  ],
  complaint: [
    ['Complaint: {issue}', '{first} reported {issue}; it is blocking their month-end close.'],
    ['{issue}, again', 'Complaint from {first}: {issue}, second time this quarter.'],
    ['Escalation: {issue}', '{first} escalated {issue} and asked for a call back today.'],
    ['Unacceptable: {issue}', '{first} raised {issue}, says the team is "fed up".'],
  ],
  survey: [
    ['Customer survey', 'Survey response from {first}.'],
    ['Quarterly pulse survey', 'Pulse survey answered by {first}.'],
    ['How are we doing?', 'Survey returned by {company}.'],
  ],
};

// Topics whose notes already say how things stand; a tone line would contradict them.
const SELF_CONTAINED: ReadonlySet<Topic> = new Set(['complaint-update', 'resolution', 'exit-call', 'notice', 'survey', 'welcome']);

// A second sentence that carries the tone, so an offline lexicon model has
// something to read even where the source gave no sentiment.
const TONE_LINES: Record<Tone, readonly string[]> = {
  warm: [
    '{first} sounded very happy with the service.',
    '{first} said the team is "really happy" with it.',
    'Great relationship, they are keen to expand next year.',
    'Pleased with support, no open issues.',
    'Positive as always, thanks from the whole team.',
    'They love the new dashboard.',
  ],
  neutral: ['Nothing urgent.', 'No changes planned for now.', 'Nothing else to report.', 'Agreed to revisit after their budget round.', '', ''],
  sour: [
    '{first} was frustrated, said "we keep hitting the same problems".',
    'Unhappy about response times; considering alternatives.',
    'Tense exchange, they feel ignored and disappointed.',
    'Complained that the last release broke their workflow.',
    '{first} is annoyed that things are still not fixed.',
    'Very negative, mentioned a competitor twice.',
  ],
};

const PRODUCTS = [
  'the reporting module', 'SSO', 'the mobile app', 'invoicing', 'the API', 'the scheduling add-on',
  'the analytics dashboard', 'data export', 'the approval workflow', 'the Outlook integration',
] as const;
const ISSUES = [
  'duplicate invoices', 'the failing data export', 'slow support replies', 'sync errors with their CRM',
  'a missed delivery', 'wrong prices on the order form', 'login problems after the update',
  'reports timing out', 'a billing overcharge', 'lost attachments',
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Names the text may mention. */
export interface TextContext {
  first: string;
  company: string;
  /** 0–11, so release notes mention a plausible month. */
  month: number;
  /** The problem a complaint and its follow-ups are about. */
  issue?: string;
}

/** A complaint's subject, kept stable across its updates and chasers. */
export function pickIssue(rng: Random): string {
  return rng.pick(ISSUES);
}

/** Subject and notes in plain business English for one touchpoint. */
export function writeText(rng: Random, topic: Topic, tone: Tone, context: TextContext): { subject: string; notes: string } {
  const values: Record<string, string> = {
    first: context.first,
    company: context.company,
    product: rng.pick(PRODUCTS),
    issue: context.issue ?? rng.pick(ISSUES),
    month: MONTHS[context.month] ?? 'this month',
    n: `INV-${rng.int(20_000, 89_999)}`,
  };
  const fill = (template: string): string => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
  const [subject, notes] = rng.pick(TOPICS[topic]);
  const toneLine = SELF_CONTAINED.has(topic) ? '' : fill(rng.pick(TONE_LINES[tone]));
  const body = fill(notes);
  // Subjects start with a capital even when the issue text does not.
  const title = fill(subject);
  return { subject: title.charAt(0).toUpperCase() + title.slice(1), notes: toneLine ? `${body} ${toneLine}` : body };
}

/** A short verbatim comment left on a survey, matching its scores. */
export function surveyComment(rng: Random, tone: Tone): string {
  const comments: Record<Tone, readonly string[]> = {
    warm: ['Great service, keep it up!', 'Always responsive, thank you.', 'Easy to work with.'],
    neutral: ['Fine overall.', 'Does the job.', 'Some rough edges, but OK.'],
    sour: ['Support takes far too long to reply.', 'Too many bugs since the last update.', 'We feel like nobody listens.', 'Not worth the price anymore.'],
  };
  return rng.pick(comments[tone]);
}
