import { DEFAULT_PORTFOLIO_PERIOD_DAYS, REPORT_FORMATS_FOR, type PaperSize, type RenderedReport, type ReportFormat, type ReportPreview, type ReportSpec } from '../../../shared/api/reports';
import { accountUpdateDocument } from '../../../shared/reports/account-document';
import { toCsv } from '../../../shared/reports/csv';
import type { ReportDocument } from '../../../shared/reports/document';
import { renderHtml } from '../../../shared/reports/html';
import { renderMarkdown } from '../../../shared/reports/markdown';
import { portfolioDocument } from '../../../shared/reports/portfolio-document';
import type { PortfolioReport } from '../../../shared/reports/portfolio-report';
import { accountsSheet, portfolioSheets } from '../../../shared/reports/portfolio-tables';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';
import { gatherAccountUpdate } from './gather-account';
import { gatherPortfolio } from './gather-portfolio';
import { renderPdf } from './pdf/pdf-report';
import { renderXlsx } from './xlsx';

const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const text = (s: string) => new TextEncoder().encode(s);

type Prepared =
  | { kind: 'account'; document: ReportDocument; suggestedNextSteps: string }
  | { kind: 'portfolio'; document: ReportDocument; report: PortfolioReport };

async function prepare(ctx: BackendContext, spec: ReportSpec): Promise<Prepared> {
  if (spec.kind === 'account') {
    const update = await gatherAccountUpdate(ctx, spec);
    return { kind: 'account', document: accountUpdateDocument(update), suggestedNextSteps: update.suggestedNextSteps };
  }
  const report = await gatherPortfolio(ctx, { owner: spec.owner, asOf: spec.asOf, periodDays: spec.periodDays ?? DEFAULT_PORTFOLIO_PERIOD_DAYS });
  return { kind: 'portfolio', document: portfolioDocument(report), report };
}

/** The report as an HTML page for the export dialog's preview, with the suggested next steps for an account update. */
export async function previewReport(ctx: BackendContext, spec: ReportSpec): Promise<ReportPreview> {
  const prepared = await prepare(ctx, spec);
  return {
    title: `${prepared.document.title} · ${prepared.document.eyebrow}`,
    html: renderHtml(prepared.document),
    suggestedNextSteps: prepared.kind === 'account' ? prepared.suggestedNextSteps : null,
  };
}

/** The report as a file in one format. */
export async function renderReportFile(ctx: BackendContext, spec: ReportSpec, format: ReportFormat, paper: PaperSize = 'a4'): Promise<{ fileName: string; mime: string; content: Uint8Array }> {
  if (!REPORT_FORMATS_FOR[spec.kind].includes(format)) {
    throw new UserError('invalid_argument', `An account update comes as PDF, HTML or Markdown; ${format.toUpperCase()} holds the data behind the portfolio report. Pick another format.`);
  }
  const prepared = await prepare(ctx, spec);
  const { document } = prepared;
  const fileName = `${document.fileStem}.${format}`;
  let content: Uint8Array;
  if (format === 'pdf') content = await renderPdf(document, paper);
  else if (format === 'html') content = text(renderHtml(document, paper));
  else if (format === 'md') content = text(renderMarkdown(document));
  else {
    if (prepared.kind !== 'portfolio') throw new Error('unreachable: account updates have no tables');
    content = format === 'csv' ? text(toCsv(accountsSheet(prepared.report))) : await renderXlsx(portfolioSheets(prepared.report), document.runningTitle);
  }
  return { fileName, mime: MIME[format], content };
}

/** The same, base64 for the contract. */
export async function renderReport(ctx: BackendContext, spec: ReportSpec, format: ReportFormat, paper: PaperSize = 'a4'): Promise<RenderedReport> {
  const file = await renderReportFile(ctx, spec, format, paper);
  return { fileName: file.fileName, mime: file.mime, bytes: file.content.length, data: Buffer.from(file.content).toString('base64') };
}
