import { useCallback, useState } from 'react';
import type { ReportFormat, ReportSpec } from '../../shared/api/reports';
import { formatBytes } from '../import/labels';
import { call } from '../platform/client';
import { saveFile } from '../platform/files';
import { errorMessage } from '../ui/error-message';
import { useToast } from '../ui/toast';
import type { Paper } from './report-choices';

export interface SaveRequest {
  spec: ReportSpec;
  format: ReportFormat;
  paper?: Paper;
}

/**
 * Renders the report in the chosen format and hands it to the user (save
 * dialog or download), then says where it went. Resolves true once saved,
 * false when the user cancelled or it failed (the reason is in `error`).
 */
export function useSaveReport() {
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = useCallback(
    async (request: SaveRequest): Promise<boolean> => {
      setSaving(true);
      setError(null);
      try {
        const file = await call('reports.render', request);
        const saved = await saveFile({ suggestedName: file.fileName, mime: file.mime, data: file.data });
        if (!saved) return false;
        toast(
          saved.savedTo === 'disk'
            ? { message: `Saved the report to ${saved.path}` }
            : { message: `Downloaded ${saved.name} (${formatBytes(file.bytes)}); it is in your browser's downloads.` },
        );
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [toast],
  );

  return { save, saving, error, clearError: useCallback(() => setError(null), []) };
}
