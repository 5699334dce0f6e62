import { parentPort, workerData } from 'node:worker_threads';
import { AccountIndex } from './account-index';
import { emptyPlannedBatch } from './planned-batch';
import { ImportFileError } from './read/errors';
import { openTable } from './read/open-table';
import type { TableReader } from './read/types';
import type { FromReader, ReaderSetup, ReaderStart, ToReader } from './reader-protocol';
import { TouchpointPlanner } from './touchpoint-planner';

/**
 * The import's reading thread: opens the file, and once the writing thread
 * says start, reads it batch by batch — for a contact log also normalising,
 * matching accounts, inferring sentiment and fingerprinting — and posts each
 * batch across. At most MAX_UNWRITTEN batches wait to be written, so a slow
 * disk or a busy database keeps memory flat instead of queueing the file.
 */
/**
 * Enough to ride out a pause on either side (a garbage collection, a page
 * cache spill) without the other thread waiting: with 3, each thread waited
 * ~0.9 s in a million-row import while the other was busy. A batch is ~0.3 MB.
 */
const MAX_UNWRITTEN = 16;
/** Batches waiting at the writing thread from which on this thread infers their sentiment itself. */
const WRITER_BACKLOG = MAX_UNWRITTEN / 4;

const port = parentPort;
if (!port) throw new Error('reader-worker must run as a worker thread');
const setup = workerData as ReaderSetup;
const send = (message: FromReader) => port.postMessage(message);

let written: (() => void) | null = null;
let unwritten = 0;
let started: (start: ReaderStart) => void;
const start = new Promise<ReaderStart>((resolve) => (started = resolve));
port.on('message', (message: ToReader) => {
  if (message.type === 'start') started(message);
  else {
    unwritten--;
    written?.();
    written = null;
  }
});

let reader: TableReader | null = null;
try {
  reader = await openTable(setup.file, setup.read);
  send({ type: 'opened', info: reader.info, header: reader.header });
  const go = await start;
  const planner =
    go.kind === 'touchpoints'
      ? new TouchpointPlanner({
          mapping: go.mapping,
          header: reader.header,
          accounts: new AccountIndex(go.accounts),
          unknownAccounts: go.unknownAccounts,
          nextAccountId: go.nextAccountId,
        })
      : null;
  for await (const rows of reader.rows()) {
    if (planner) {
      const batch = emptyPlannedBatch(rows.length);
      // Sentiment is the one step either thread can take: this one takes it while the writer has a backlog, and
      // leaves it to the writer while the writer keeps up. Each then waits less for the other (docs/architecture.md).
      planner.plan(rows, batch, unwritten >= WRITER_BACKLOG);
      // The numbers are moved to the writing thread, not copied.
      port.postMessage({ type: 'planned', batch, bytesRead: reader.bytesRead() } satisfies FromReader, [batch.numbers.buffer]);
    } else send({ type: 'rows', rows, bytesRead: reader.bytesRead() });
    if (++unwritten >= MAX_UNWRITTEN) await new Promise<void>((resolve) => (written = resolve));
  }
  send({ type: 'done', customerSince: planner?.customerSince() ?? [] });
} catch (error) {
  const file = error instanceof ImportFileError ? { code: error.code, line: error.line } : null;
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error), file });
} finally {
  // The writing thread ends this thread once it has the last message.
  await reader?.close();
}
