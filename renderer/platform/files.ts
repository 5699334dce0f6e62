import type { PickedFile } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { bytesFromBase64 } from './base64';
import { api, ApiCallError } from './client';

/** The file types the import screen offers in the browser's file chooser. */
export const IMPORT_FILE_TYPES = '.csv,.tsv,.txt,.xlsx';

/** The desktop app picks files with its own native dialog; the browser console uploads them. */
export function hasNativeFilePicker(): boolean {
  return window.tend !== undefined;
}

/** How far an upload has got, 0…1; called as the bytes leave the browser. */
export type UploadProgress = (fraction: number) => void;

const UNREACHABLE = 'Tend is not reachable. Is "npm start" still running in your terminal?';

/**
 * Sends a file the user chose (or dropped) to the browser console's host and
 * resolves with its file id. XMLHttpRequest rather than fetch, because only it
 * reports upload progress, which matters for a 200 MB export.
 */
export function uploadFile(file: File, onProgress?: UploadProgress): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/upload?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('x-tend-token', sessionStorage.getItem('tend.token') ?? '');
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.responseType = 'text';
    if (onProgress) {
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      });
    }
    request.addEventListener('error', () => reject(new ApiCallError(UNREACHABLE, 'internal')));
    request.addEventListener('abort', () => reject(new ApiCallError('The upload was stopped before it finished.', 'internal')));
    request.addEventListener('load', () => {
      let result: Result<PickedFile>;
      try {
        result = JSON.parse(request.responseText) as Result<PickedFile>;
      } catch {
        reject(new ApiCallError(`Tend could not take the file (the console answered ${request.status}).`, 'internal'));
        return;
      }
      if (result.ok) resolve(result.value);
      else reject(new ApiCallError(result.error.message, result.error.code ?? 'internal'));
    });
    request.send(file);
  });
}

/** Opens the browser's file chooser once, without a visible input; null when the user closes it. */
function chooseInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMPORT_FILE_TYPES;
    input.hidden = true;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * Asks the user for a file to import and makes it importable: the native
 * dialog in the desktop app, the file chooser plus an upload in the browser.
 * Null when the user cancels; throws an ApiCallError with the reason in words.
 */
export async function pickFile(onProgress?: UploadProgress): Promise<PickedFile | null> {
  if (window.tend) {
    const result = await api['files.pick']({});
    if (!result.ok) throw new ApiCallError(result.error.message, result.error.code);
    return result.value;
  }
  const file = await chooseInBrowser();
  return file ? uploadFile(file, onProgress) : null;
}

/** A file to hand to the user: its contents as base64, as `reports.render` returns them. */
export interface FileToSave {
  suggestedName: string;
  mime: string;
  data: string;
}

/** Where a saved file went: a path the user chose (desktop), or the browser's downloads. */
export type SavedFile = { savedTo: 'disk'; path: string } | { savedTo: 'downloads'; name: string };

/**
 * Hands the user a file: the native save dialog in the desktop app (written
 * whole or not at all), a download in the browser console. Null when the
 * user cancels the dialog; throws an ApiCallError with the reason in words.
 */
export async function saveFile(file: FileToSave): Promise<SavedFile | null> {
  if (window.tend) {
    const result = await api['files.save'](file);
    if (!result.ok) throw new ApiCallError(result.error.message, result.error.code);
    return result.value ? { savedTo: 'disk', path: result.value.path } : null;
  }
  downloadInBrowser(file);
  return { savedTo: 'downloads', name: file.suggestedName };
}

function downloadInBrowser({ suggestedName, mime, data }: FileToSave): void {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = bytesFromBase64(data);
  } catch {
    throw new ApiCallError('The file arrived damaged and was not downloaded. Try exporting again.', 'internal');
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; the URL can go a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
