import { call } from '../platform/client';
import { downloadText, rejectsCsv, rejectsFileName } from './rejects-csv';

/** Fetches every rejected row of a batch and saves them as a CSV; resolves with how many rows were saved. */
export async function saveRejects(batchId: number, fileName: string): Promise<number> {
  const { header, rows } = await call('import.rejects', { batchId });
  downloadText(rejectsCsv(header, rows), rejectsFileName(fileName));
  return rows.length;
}
