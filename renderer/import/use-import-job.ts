import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs, ImportJobState } from '../../shared/contract';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export type ImportRun =
  | { state: 'idle' }
  | { state: 'starting' }
  | (ImportJobState & { jobId: string; cancelling?: boolean })
  /** The import could not start, or Tend lost track of it. */
  | { state: 'error'; message: string; outcomeUnknown?: boolean };

const POLL_MS = 250;
/** Progress calls that may fail in a row (a busy machine) before the screen says so. */
const MAX_POLL_FAILURES = 8;

/**
 * Runs one import in the background: `import.start`, then `import.progress`
 * every quarter second until it is done, failed or cancelled. Leaving the
 * screen stops the polling, not the import: it finishes and shows in history.
 */
export function useImportJob(): { run: ImportRun; start: (args: ApiArgs<'import.start'>) => void; cancel: () => void; reset: () => void } {
  const [run, setRun] = useState<ImportRun>({ state: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const generation = useRef(0);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const start = useCallback((args: ApiArgs<'import.start'>) => {
    const mine = ++generation.current;
    // Asks how the job is doing every quarter second until it ends; stops when a newer run (or a reset) takes over.
    function poll(jobId: string, failures: number): void {
      timer.current = window.setTimeout(() => {
        call('import.progress', { jobId }).then(
          (job) => {
            if (mine !== generation.current) return;
            setRun((previous) => ({ ...job, jobId, cancelling: job.state === 'running' && previous.state === 'running' ? previous.cancelling : false }));
            if (job.state === 'running') poll(jobId, 0);
          },
          (failure: unknown) => {
            if (mine !== generation.current) return;
            if (failures + 1 >= MAX_POLL_FAILURES) setRun({ state: 'error', message: `Tend lost track of the import: ${errorMessage(failure)}`, outcomeUnknown: true });
            else poll(jobId, failures + 1);
          },
        );
      }, POLL_MS);
    }
    setRun({ state: 'starting' });
    call('import.start', args).then(
      ({ jobId }) => {
        if (mine !== generation.current) return;
        setRun({ state: 'running', jobId, progress: { rowsRead: 0, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0, secondsLeft: null, finishing: false } });
        poll(jobId, 0);
      },
      (failure: unknown) => {
        if (mine === generation.current) setRun({ state: 'error', message: errorMessage(failure) });
      },
    );
  }, []);

  const cancel = useCallback(() => {
    const current = runRef.current;
    if (current.state !== 'running' || current.cancelling) return;
    setRun({ ...current, cancelling: true });
    call('import.cancel', { jobId: current.jobId }).catch(() => {
      // The next progress answer says what really happened.
    });
  }, []);

  const reset = useCallback(() => {
    generation.current += 1;
    window.clearTimeout(timer.current);
    setRun({ state: 'idle' });
  }, []);

  return { run, start, cancel, reset };
}
