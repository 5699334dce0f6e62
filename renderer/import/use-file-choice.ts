import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../shared/contract';
import { hasNativeFilePicker, pickFile, uploadFile } from '../platform/files';
import { errorMessage } from '../ui/error-message';

export interface Upload {
  name: string;
  bytes: number;
  /** 0…1, or null until the browser reports progress. */
  fraction: number | null;
}

export interface FileChoice {
  upload: Upload | null;
  error: string | null;
  clearError: () => void;
  /** The desktop app's native dialog. */
  chooseNative: () => void;
  /** A file from the browser's chooser or a drop. */
  take: (file: File) => void;
}

/** Getting a file to import: the native dialog in the desktop app, an upload with progress in the browser. */
export function useFileChoice(onPicked: (file: PickedFile) => void): FileChoice {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const settle = useCallback(
    async (work: () => Promise<PickedFile | null>) => {
      if (busy.current) return;
      busy.current = true;
      setError(null);
      try {
        const picked = await work();
        if (picked) onPicked(picked);
      } catch (failure) {
        setError(errorMessage(failure));
      } finally {
        busy.current = false;
        setUpload(null);
      }
    },
    [onPicked],
  );

  const chooseNative = useCallback(() => void settle(() => pickFile()), [settle]);

  const take = useCallback(
    (file: File) => {
      if (hasNativeFilePicker()) {
        setError('Use “Choose a file…” to open a file in the desktop app.');
        return;
      }
      setUpload({ name: file.name, bytes: file.size, fraction: null });
      void settle(() => uploadFile(file, (fraction) => setUpload({ name: file.name, bytes: file.size, fraction })));
    },
    [settle],
  );

  return { upload, error, clearError: () => setError(null), chooseNative, take };
}
