import { z } from 'zod';
import { accountId, isoDay, owner } from './schemas';

/**
 * Status-update reports: one account's update for the customer (or an
 * internal copy), and the portfolio report for a manager.
 */

export const REPORT_FORMATS = ['pdf', 'html', 'md', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

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
    })
    .strict(),
  z
    .object({
      kind: z.literal('portfolio'),
      owner: owner.nullable(),
      asOf: isoDay,
      /** The period movers and pain points cover, ending on asOf. */
      periodDays: z.number().int().min(1).max(366).optional(),
    })
    .strict(),
]);
export type ReportSpec = z.infer<typeof reportSpec>;

export const reportArgs = {
  /** The report as HTML, for the export dialog's live preview. */
  'reports.preview': z.object({ spec: reportSpec }).strict(),
  /** The report as a file's bytes (base64), to save or download. CSV and XLSX are for the portfolio report. */
  'reports.render': z.object({ spec: reportSpec, format: z.enum(REPORT_FORMATS), paper: z.enum(['a4', 'letter']).optional() }).strict(),
} as const;

export interface ReportPreview {
  title: string;
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
