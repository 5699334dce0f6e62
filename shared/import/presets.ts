import { FIELD_LABELS, findColumn, REQUIRED_FIELDS, validateMapping } from './fields';
import type { Mapping, TendField } from './fields';

/**
 * Named mappings for exports whose layout is known, so a user importing a
 * Zendesk or Salesforce file does not map columns by hand. The column layouts
 * are documented in docs/import-formats.md, each preset has a sample file in
 * resources/samples/, and resources/presets/<id>.json holds the same preset as
 * a file to copy and adapt (a test keeps the two identical).
 */
export interface Preset {
  id: string;
  name: string;
  description: string;
  mapping: Mapping;
}

const SALESFORCE_ACTIVITIES: Preset = {
  id: 'salesforce-activities',
  name: 'Salesforce activities report',
  description: 'A Salesforce "Tasks and Events" report exported as CSV: calls, e-mails and meetings logged against accounts. Dates in the US format (month first); switch to day-first for orgs with a European locale.',
  mapping: {
    kind: 'touchpoints',
    fields: {
      account: 'Account ID',
      account_name: 'Account Name',
      owner: 'Assigned',
      occurred_at: 'Date',
      channel: 'Task Subtype',
      direction: 'Call Type',
      person: 'Contact',
      subject: 'Subject',
      notes: 'Comments',
    },
    dateFormat: 'mdy',
    // Salesforce activities are what the account's people logged having done: an e-mail or task with no Call Type was ours.
    defaults: { direction: 'outbound' },
  },
};

const ZENDESK_TICKETS: Preset = {
  id: 'zendesk-tickets',
  name: 'Zendesk tickets',
  description: 'The CSV export of Zendesk tickets. Every ticket is a complaint raised by the customer; its status says whether it is still open. Times are in the help desk\'s own time zone: set it before importing.',
  mapping: {
    kind: 'touchpoints',
    fields: {
      account: 'Organization',
      owner: 'Assignee',
      occurred_at: 'Created at',
      person: 'Requester',
      subject: 'Subject',
      sentiment: 'Satisfaction Score',
      complaint_status: 'Status',
      resolved_at: 'Solved at',
    },
    dateFormat: 'iso',
    defaults: { channel: 'ticket', direction: 'inbound' },
  },
};

const PHONE_CALL_LOG: Preset = {
  id: 'phone-call-log',
  name: 'Phone system call log',
  description: 'A call log from a cloud phone system (Aircall and RingCentral write this layout): one row per call, with its direction. Dates day-first as UK and European accounts write them; set the phone system\'s time zone before importing.',
  mapping: {
    kind: 'touchpoints',
    fields: {
      account: 'Company',
      owner: 'User',
      occurred_at: 'Start Time',
      direction: 'Direction',
      person: 'Contact',
      notes: 'Notes',
    },
    dateFormat: 'dmy',
    defaults: { channel: 'call' },
  },
};

const HUBSPOT_COMPANIES: Preset = {
  id: 'hubspot-companies',
  name: 'HubSpot companies',
  description: 'The HubSpot companies export, as an account list. HubSpot\'s "Annual Revenue" is the company\'s own turnover unless your team fills it with contract value — check before relying on it.',
  mapping: {
    kind: 'accounts',
    fields: {
      account: 'Record ID',
      account_name: 'Company name',
      owner: 'Company owner',
      value: 'Annual Revenue',
      status: 'Lifecycle Stage',
      created_at: 'Create Date',
    },
    dateFormat: 'iso',
  },
};

/** The presets Tend ships, in the order the import screen lists them. */
export const PRESETS: readonly Preset[] = [SALESFORCE_ACTIVITIES, ZENDESK_TICKETS, PHONE_CALL_LOG, HUBSPOT_COMPANIES];

/**
 * @example findPreset('zendesk-tickets')?.name; // 'Zendesk tickets'
 */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/**
 * The preset's mapping fitted to one file: optional columns the file lacks
 * are dropped (a Zendesk account without satisfaction surveys has no
 * "Satisfaction Score"), required ones stay so `validateMapping` names them.
 *
 * @example
 * presetMapping(findPreset('zendesk-tickets')!, header).fields.sentiment; // undefined when the column is missing
 */
export function presetMapping(preset: Preset, header: readonly string[]): Mapping {
  const required: readonly string[] = REQUIRED_FIELDS[preset.mapping.kind];
  const fields: Mapping['fields'] = {};
  for (const [field, column] of Object.entries(preset.mapping.fields)) {
    if (column === undefined) continue;
    if (required.includes(field) || findColumn(header, column) >= 0) fields[field] = column;
  }
  return { ...preset.mapping, fields };
}

export interface PresetMatch {
  preset: Preset;
  /** Share of the preset's columns the file has, 0–1. */
  coverage: number;
}

/**
 * The presets that fit a file's header — all required columns present — best
 * first, so the import screen can say "This looks like a Zendesk export".
 *
 * @example
 * matchPresets(['Id', 'Subject', 'Status', 'Created at', 'Organization'])[0]?.preset.id; // 'zendesk-tickets'
 */
export function matchPresets(header: readonly string[], presets: readonly Preset[] = PRESETS): PresetMatch[] {
  const matches: PresetMatch[] = [];
  for (const preset of presets) {
    const columns = Object.entries(preset.mapping.fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
    const required: readonly string[] = REQUIRED_FIELDS[preset.mapping.kind];
    if (columns.some(([field, column]) => required.includes(field) && findColumn(header, column) < 0)) continue;
    const present = columns.filter(([, column]) => findColumn(header, column) >= 0).length;
    matches.push({ preset, coverage: columns.length === 0 ? 0 : present / columns.length });
  }
  return matches.filter((m) => m.coverage >= 0.5).sort((a, b) => b.coverage - a.coverage);
}

/**
 * Checks a preset read from JSON (a file in resources/presets/, or one a user
 * saved): the problems in words, or the preset.
 *
 * @example
 * parsePreset(JSON.parse(text)); // { ok: true, preset } | { ok: false, problems: ['The preset has no name.'] }
 */
export function parsePreset(json: unknown): { ok: true; preset: Preset } | { ok: false; problems: string[] } {
  if (typeof json !== 'object' || json === null) return { ok: false, problems: ['The preset is not an object.'] };
  const candidate = json as Partial<Record<keyof Preset, unknown>>;
  const problems: string[] = [];
  if (typeof candidate.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(candidate.id)) problems.push('The preset id must be lower-case letters, digits and dashes.');
  if (typeof candidate.name !== 'string' || candidate.name.trim() === '') problems.push('The preset has no name.');
  if (typeof candidate.description !== 'string') problems.push('The preset has no description.');
  const mapping = candidate.mapping as Mapping | undefined;
  const fields = typeof mapping === 'object' && mapping !== null && typeof mapping.fields === 'object' && mapping.fields !== null ? mapping.fields : {};
  // A preset names its own columns, so check it against a file that has exactly those.
  const columns = Object.values(fields).filter((c): c is string => typeof c === 'string');
  problems.push(...validateMapping(mapping, columns));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, preset: candidate as Preset };
}

/** The columns a preset reads, labelled, for documentation and the import screen. */
export function presetColumns(preset: Preset): Array<{ field: TendField; label: string; column: string }> {
  return Object.entries(preset.mapping.fields)
    .filter((entry): entry is [TendField, string] => entry[1] !== undefined)
    .map(([field, column]) => ({ field, label: FIELD_LABELS[field], column }));
}
