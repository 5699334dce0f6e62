import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportPreview, ReportSpec } from '../../shared/api/reports';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

/** Typing in "next steps" or stepping through dates asks for one preview when the user pauses, not one per key. */
const PAUSE_MS = 350;

export interface PreviewState {
  /** The latest preview that arrived; kept on screen (dimmed) while the next one loads. */
  preview: ReportPreview | null;
  /** The spec the shown preview was made from, as JSON. */
  shownKey: string | null;
  loading: boolean;
  error: string | null;
  retry: () => void;
}

/** How the latest request for one spec ended. */
interface Settled {
  key: string;
  attempt: number;
  error: string | null;
}

/**
 * The live preview of the report `spec` describes: asked for once the choices
 * settle, and only the answer to the latest choices is ever shown.
 */
export function useReportPreview(spec: ReportSpec | null): PreviewState {
  const key = spec ? JSON.stringify(spec) : null;
  const [shown, setShown] = useState<{ key: string; preview: ReportPreview } | null>(null);
  const [settled, setSettled] = useState<Settled | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      call('reports.preview', { spec: JSON.parse(key) as ReportSpec }).then(
        (preview) => {
          if (request !== latest.current) return;
          setShown({ key, preview });
          setSettled({ key, attempt, error: null });
        },
        (failure: unknown) => {
          if (request === latest.current) setSettled({ key, attempt, error: errorMessage(failure) });
        },
      );
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled !== null && settled.key === key && settled.attempt === attempt;
  return {
    preview: shown?.preview ?? null,
    shownKey: shown?.key ?? null,
    loading: key !== null && !current,
    error: current ? settled.error : null,
    retry,
  };
}
