// Types only: the contract's zod schemas stay out of the page's bundle.
import type { PaperSize, ReportFormat, ReportKind, ReportSpec } from '../../shared/api/reports';
import type { IsoDay } from '../../shared/domain';
import { periodProblem, presetPeriod, type Period } from './periods';

export type { ReportKind };
export type Paper = PaperSize;

/** Everything the export dialog asks for; `reportSpec` turns it into what the backend takes. */
export interface ReportChoices {
  kind: ReportKind;
  /** The account an update is about; null until one is picked. */
  accountId: number | null;
  period: Period;
  /** An internal copy adds score, band, reasons and value: never for the customer. */
  internal: boolean;
  /** The "next steps" as the user edited them; null while they still read the suggestion. */
  nextSteps: string | null;
  /** How the customer reaches their account manager, printed under the manager's name; blank leaves it out. */
  contactLine: string;
  owner: string | null;
  asOf: IsoDay;
  /** The days the portfolio report's movers and pain points cover. */
  periodDays: number;
  format: ReportFormat;
  paper: Paper;
}

export const FORMAT_LABELS: Record<ReportFormat, string> = { pdf: 'PDF', html: 'HTML', md: 'Markdown', csv: 'CSV', xlsx: 'Excel' };

const ACCOUNT_FORMATS: readonly ReportFormat[] = ['pdf', 'html', 'md'];
const PORTFOLIO_FORMATS: readonly ReportFormat[] = ['pdf', 'html', 'md', 'csv', 'xlsx'];

/** The formats a report comes in: the data files (CSV, Excel) are for the portfolio report only. */
export function formatsFor(kind: ReportKind): readonly ReportFormat[] {
  return kind === 'account' ? ACCOUNT_FORMATS : PORTFOLIO_FORMATS;
}

/** What each format is for, in a few words under the choice. */
export const FORMAT_HINTS: Record<ReportFormat, string> = {
  pdf: 'To send or print',
  html: 'A web page',
  md: 'Paste into an email',
  csv: 'The data behind it',
  xlsx: 'The data, as a workbook',
};

export const PORTFOLIO_PERIODS: readonly number[] = [7, 30, 90];

/** The paper people in these regions print on by default: Letter in North America and a few others, A4 elsewhere. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'SV', 'DO', 'PA', 'NI', 'HN', 'BZ']);

/**
 * The paper size to start from for a browser locale.
 * @example defaultPaper('en-US') // 'letter'; defaultPaper('en-GB') // 'a4'
 */
export function defaultPaper(locale: string): Paper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** The dialog's first choices, for the place it was opened from. */
export function initialChoices(
  start: { kind: 'account'; accountId: number } | { kind: 'portfolio'; owner: string | null },
  today: IsoDay,
  locale: string,
): ReportChoices {
  return {
    kind: start.kind,
    accountId: start.kind === 'account' ? start.accountId : null,
    // About a quarter, as the CLI's default: long enough to show a rhythm, short enough to be news.
    period: presetPeriod('last-90', today),
    internal: false,
    nextSteps: null,
    contactLine: '',
    owner: start.kind === 'portfolio' ? start.owner : null,
    asOf: today,
    periodDays: 30,
    format: 'pdf',
    paper: defaultPaper(locale),
  };
}

/** Switches the report type, keeping the format when the other report comes in it too. */
export function withKind(choices: ReportChoices, kind: ReportKind): ReportChoices {
  return { ...choices, kind, format: formatsFor(kind).includes(choices.format) ? choices.format : 'pdf' };
}

/**
 * The report the choices describe, or the reason there is none yet (no
 * account picked, a period that cannot be).
 */
export function reportSpec(choices: ReportChoices, today: IsoDay): { spec: ReportSpec } | { problem: string } {
  if (choices.kind === 'portfolio') {
    if (choices.asOf > today) return { problem: 'The report cannot be as of a day after today: pick today or an earlier day.' };
    return { spec: { kind: 'portfolio', owner: choices.owner, asOf: choices.asOf, periodDays: choices.periodDays } };
  }
  if (choices.accountId === null) return { problem: 'Pick the account the update is for.' };
  const problem = periodProblem(choices.period, today);
  if (problem) return { problem };
  const spec: ReportSpec = { kind: 'account', accountId: choices.accountId, from: choices.period.from, to: choices.period.to, internal: choices.internal };
  if (choices.nextSteps !== null) spec.nextSteps = choices.nextSteps.trim();
  const contactLine = choices.contactLine.trim();
  if (contactLine) spec.contactLine = contactLine;
  return { spec };
}
