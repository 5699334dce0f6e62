import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Backend } from '../../electron/backend/backend';
import type { PaperSize, RenderedReport, ReportFormat, ReportSpec } from '../../shared/api/reports';

/** Where rendered pages are kept for a person to look at. */
export const RESULTS = resolve(import.meta.dirname, '../../test-results/reports');

export async function render(backend: Backend, spec: ReportSpec, format: ReportFormat, paper?: PaperSize): Promise<RenderedReport & { content: Buffer }> {
  const result = await backend.api['reports.render']({ spec, format, ...(paper ? { paper } : {}) });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { ...result.value, content: Buffer.from(result.value.data, 'base64') };
}

/** The text of a PDF as poppler's pdftotext reads it, whitespace collapsed. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1]! };
}

/** Writes a report to `dir` and, for a PDF, page 1 as a PNG under test-results/reports/ (for inspection). */
export function keep(dir: string, name: string, content: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  if (name.endsWith('.pdf')) {
    mkdirSync(RESULTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(RESULTS, name.replace(/\.pdf$/, ''))]);
  }
  return file;
}
