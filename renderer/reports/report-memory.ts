import { readPreference, writePreference } from '../ui/storage';
import type { Paper } from './report-choices';

/** What the export dialog remembers between reports: the paper, and each manager's contact line. */
const PAPER_KEY = 'tend.reports.paper';
const CONTACT_KEY = 'tend.reports.contactLines';

const isPaper = (value: unknown): value is Paper => value === 'a4' || value === 'letter';
const isContactBook = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((line) => typeof line === 'string');

/** The paper last saved on, or null the first time. */
export function rememberedPaper(): Paper | null {
  return readPreference<Paper | null>(PAPER_KEY, null, (value): value is Paper | null => value === null || isPaper(value));
}

export function rememberPaper(paper: Paper): void {
  writePreference(PAPER_KEY, paper);
}

/** The contact line last printed for this account manager's customers; blank the first time. */
export function rememberedContactLine(owner: string): string {
  return readPreference(CONTACT_KEY, {}, isContactBook)[owner] ?? '';
}

export function rememberContactLine(owner: string, line: string): void {
  const book = readPreference(CONTACT_KEY, {}, isContactBook);
  if (line.trim()) book[owner] = line.trim();
  else delete book[owner];
  writePreference(CONTACT_KEY, book);
}
