import { lazy, Suspense, useState } from 'react';
import { Tooltip } from '../ui/tooltip';
import { ReportIcon } from './report-icon';
import type { ExportReportStart } from './export-report-dialog';

// The dialog (Radix, preview, save) loads on first use: today's list paints without it.
const loadDialog = () => import('./export-report-dialog');
const ExportReportDialog = lazy(() => loadDialog().then((module) => ({ default: module.ExportReportDialog })));

export type ExportReportButtonProps = { kind: 'account'; accountId: number } | { kind: 'portfolio'; owner: string | null };

/**
 * "Export report": opens the export dialog on an account's update (account
 * page) or on the portfolio report for the owner a list shows.
 */
export function ExportReportButton(props: ExportReportButtonProps) {
  const [start, setStart] = useState<ExportReportStart | null>(null);
  const open = () => setStart(props.kind === 'account' ? { kind: 'account', accountId: props.accountId } : { kind: 'portfolio', owner: props.owner });
  return (
    <>
      <Tooltip content="A status update for a customer, or a portfolio report: PDF, HTML, Markdown, CSV or Excel" side="bottom">
        <button
          type="button"
          className="button export-report"
          onClick={open}
          // Fetch the dialog's code as the pointer arrives, so it opens at once on click.
          onPointerEnter={() => void loadDialog()}
          onFocus={() => void loadDialog()}
          aria-haspopup="dialog"
          data-testid="export-report"
        >
          <span className="button__icon">
            <ReportIcon />
          </span>
          <span className="export-report__label">Export report</span>
        </button>
      </Tooltip>
      {start && (
        <Suspense fallback={null}>
          <ExportReportDialog start={start} onClose={() => setStart(null)} />
        </Suspense>
      )}
    </>
  );
}
