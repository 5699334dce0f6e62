import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportBatchInfo } from '../../shared/contract';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export interface ImportHistory {
  batches: ImportBatchInfo[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** Past imports, newest first; reloaded after an import finishes or one is undone. */
export function useImportHistory(): ImportHistory {
  const [batches, setBatches] = useState<ImportBatchInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback((): Promise<void> => {
    const id = ++latest.current;
    return call('import.history', {}).then(
      (answer) => {
        if (id !== latest.current) return;
        setBatches(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (id === latest.current) setError(errorMessage(failure));
      },
    );
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { batches, error, reload };
}
