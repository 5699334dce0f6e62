import type { reportArgs } from '../../../shared/api/reports';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { previewReport, renderReport } from '../reports/render-report';

type Methods = keyof typeof reportArgs;

/** Status-update reports: the export dialog's preview and the file itself (see docs/reports.md). */
export function reportsHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  return {
    'reports.preview': async ({ spec }) => previewReport(ctx, spec),
    'reports.render': async ({ spec, format, paper }) => renderReport(ctx, spec, format, paper),
  };
}
