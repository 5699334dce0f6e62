import { useLayoutEffect, useRef } from 'react';
import { Spinner } from '../ui/spinner';
import { showReport } from './report-shadow';
import type { PreviewState } from './use-report-preview';

interface ReportPreviewPaneProps {
  state: PreviewState;
  /** Why there is nothing to preview yet (no account picked…); shown instead of the report. */
  problem: string | null;
  internal: boolean;
}

/** The report as it will read, refreshed as the choices change; the last one stays (dimmed) while the next loads. */
export function ReportPreviewPane({ state, problem, internal }: ReportPreviewPaneProps) {
  const { preview, loading, error, retry } = state;
  let body;
  if (problem) {
    body = (
      <div className="state" data-testid="report-preview-waiting">
        <p className="state__text">{problem}</p>
      </div>
    );
  } else if (!preview && error) {
    body = <PreviewError message={error} retry={retry} />;
  } else if (!preview) {
    body = (
      <div className="state" role="status" data-testid="report-preview-loading">
        <Spinner />
        <p className="state__text">Preparing the preview…</p>
      </div>
    );
  } else {
    body = (
      <>
        {error && <PreviewError message={`The preview could not be updated: ${error}`} retry={retry} compact />}
        <div className={`report-paper${loading ? ' report-paper--stale' : ''}`} aria-busy={loading}>
          <ReportDocument html={preview.html} title={preview.title} />
        </div>
      </>
    );
  }

  return (
    <section className="report-preview" aria-label="Preview" data-testid="report-preview">
      <header className="report-preview__header">
        <h3 className="report-preview__title">Preview</h3>
        {internal && !problem && (
          <span className="internal-badge" data-testid="report-internal-badge">
            Internal copy — not for the customer
          </span>
        )}
        <span className="report-preview__status" role="status" aria-live="polite">
          {loading && !problem && preview && (
            <>
              <Spinner size="s" /> Updating…
            </>
          )}
        </span>
      </header>
      <div className="report-preview__scroll">{body}</div>
    </section>
  );
}

function PreviewError({ message, retry, compact = false }: { message: string; retry: () => void; compact?: boolean }) {
  return (
    <div className={compact ? 'banner banner--error report-preview__banner' : 'state state--error'} role="alert" data-testid="report-preview-error">
      <p className={compact ? 'banner__text' : 'state__text'}>{message}</p>
      <button type="button" className="button button--small" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

/** The report's own HTML, in a shadow root: its styles apply to it alone, and the console's CSP still holds. */
function ReportDocument({ html, title }: { html: string; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (host.current) showReport(host.current, html);
  }, [html]);
  return <div ref={host} className="report-document" role="document" aria-label={title} data-testid="report-preview-document" />;
}
