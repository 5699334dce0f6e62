import { z } from 'zod';
import { accountId, isoDay, owner } from './schemas';

/**
 * Status-update reports: one account's update for the customer (or an
 * internal copy), and the portfolio report for a manager.
 * What each report holds and where its numbers come from: docs/reports.md.
 */

export const REPORT_FORMATS = ['pdf', 'html', 'md', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type ReportKind = 'account' | 'portfolio';

/**
 * The formats each report comes in. CSV and XLSX carry the data behind the
 * portfolio report; an account update is a letter to the customer, so it is
 * PDF, HTML or Markdown only (reports.render refuses the others with a message).
 */
export const REPORT_FORMATS_FOR: Record<ReportKind, readonly ReportFormat[]> = {
  account: ['pdf', 'html', 'md'],
  portfolio: ['pdf', 'html', 'md', 'csv', 'xlsx'],
};

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Days an account update covers when the user does not say (about a quarter). */
export const DEFAULT_UPDATE_PERIOD_DAYS = 90;
/** Days the portfolio report's movers and pain points look back over when the spec does not say. */
export const DEFAULT_PORTFOLIO_PERIOD_DAYS = 30;

export const reportSpec = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('account'),
      accountId,
      from: isoDay,
      to: isoDay,
      /** Include the health score, band, reasons and value (an internal copy, never for the customer). */
      internal: z.boolean(),
      /** The "next steps" section, as the account manager wrote it; a suggestion is used when absent. */
      nextSteps: z.string().max(5000).optional(),
      /** How the customer reaches their account manager (e-mail, phone), printed under the manager's name. */
      contactLine: z.string().trim().max(300).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('portfolio'),
      owner: owner.nullable(),
      asOf: isoDay,
      /** The period movers and pain points cover, ending on asOf (30 days when absent). */
      periodDays: z.number().int().min(1).max(366).optional(),
    })
    .strict(),
]);
export type ReportSpec = z.infer<typeof reportSpec>;

export const reportArgs = {
  /** The report as HTML, for the export dialog's live preview. */
  'reports.preview': z.object({ spec: reportSpec }).strict(),
  /** The report as a file's bytes (base64), to save or download. CSV and XLSX are for the portfolio report. */
  'reports.render': z.object({ spec: reportSpec, format: z.enum(REPORT_FORMATS), paper: z.enum(PAPER_SIZES).optional() }).strict(),
} as const;

export interface ReportPreview {
  title: string;
  /** A whole, self-contained HTML document (one style block, no scripts): show it in a sandboxed frame. */
  html: string;
  /** The suggested "next steps" text for an account update, for the dialog to start from. */
  suggestedNextSteps: string | null;
}

export interface RenderedReport {
  fileName: string;
  mime: string;
  bytes: number;
  /** The file's contents, base64. */
  data: string;
}

export interface ReportResults {
  'reports.preview': ReportPreview;
  'reports.render': RenderedReport;
}
