import { saveFile, type SavedFile } from '../platform/files';

/** UTF-8 bytes of the text as base64, the way the contract carries files; in chunks so a big export never overflows the call stack. */
function base64FromText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Hands a CSV to the user: the save dialog in the desktop app, a download in the browser. Null when they cancel. */
export function saveCsv(csv: string, suggestedName: string): Promise<SavedFile | null> {
  return saveFile({ suggestedName, mime: 'text/csv;charset=utf-8', data: base64FromText(csv) });
}
