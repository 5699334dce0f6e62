import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom } from '../../electron/backend/demo/random';

const CHANNELS = ['Call', 'Email', 'Meeting', 'Chat', 'Ticket'];
const DIRECTIONS = ['Outbound', 'Inbound'];
const NOTES = [
  'Called about the renewal; they are "happy" with the roll-out',
  'Sent the quote, waiting for sign-off\nFollow up next week',
  'Complained about the invoice, again, and asked for a credit note',
  'Quick check-in, nothing new',
  'Demo of the reporting module, positive feedback from Søren and Zoë',
];

/**
 * A realistic big contact log for the import benchmark: a CRM-style export
 * with quoted notes (commas, quotes, line breaks, non-ASCII), written as a
 * stream so generating it needs no memory to speak of.
 */
export async function writeBenchContactLog(file: string, rows: number, accounts: number): Promise<number> {
  const rng = createRandom(7);
  const out = createWriteStream(file);
  out.write('Activity Date,Account ID,Account Name,Assigned To,Call Direction,Activity Type,Subject,Comments\n');
  const start = Date.parse('2024-11-24T00:00:00Z');
  const span = 730 * 86_400_000;
  let bytes = 0;
  for (let i = 0; i < rows; i++) {
    const account = rng.int(1, accounts);
    const at = new Date(start + Math.floor(rng.next() * span)).toISOString();
    const note = NOTES[rng.int(0, NOTES.length - 1)]!;
    const line = `${at},BENCH-${account},Bench Account ${account},Owner ${account % 12},${DIRECTIONS[rng.int(0, 1)]},${CHANNELS[rng.int(0, 4)]},Touch ${i},"${note.replace(/"/g, '""')} (#${i})"\n`;
    bytes += line.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
