/**
 * Rejected rows as a CSV the user can fix in a spreadsheet and import again:
 * the file's own columns, then a "Problem" column saying what was wrong.
 */

/** One cell, quoted when it holds a separator, a quote, a line break or edge spaces (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function rejectsCsv(header: readonly string[], rows: readonly { reason: string; cells: readonly string[] }[]): string {
  // Every row as wide as the header, so "Problem" is always the last column.
  const width = header.length;
  const lines = [[...header, 'Problem'], ...rows.map((row) => [...Array.from({ length: width }, (_, i) => row.cells[i] ?? ''), row.reason])];
  // A byte-order mark so Excel opens the file as UTF-8; CRLF as spreadsheets write it.
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "contacts.csv" → "contacts - rejected rows.csv" */
export function rejectsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return `${base} - rejected rows.csv`;
}

/** Hands text to the browser as a download (the desktop app asks where to save it). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
