import { openStore } from '../../electron/backend/db/connection';
import { runImport } from '../../electron/backend/import/run-import';

/** Runs one import in its own process, so maxRSS is the import's own. Prints one JSON line. */
const [db, file] = process.argv.slice(2) as [string, string];
const store = await openStore(db);
const summary = await runImport(store, {
  file,
  unknownAccounts: 'create',
  mapping: {
    kind: 'touchpoints',
    fields: {
      occurred_at: 'Activity Date',
      account: 'Account ID',
      account_name: 'Account Name',
      owner: 'Assigned To',
      direction: 'Call Direction',
      channel: 'Activity Type',
      subject: 'Subject',
      notes: 'Comments',
    },
    dateFormat: 'iso',
  },
});
// close() waits for the WAL to be folded into the database on its own thread, after the import has returned.
const closing = performance.now();
await store.close();
const checkpointMs = performance.now() - closing;
const usage = process.resourceUsage();
// CPU time of every thread (the reading thread's and the garbage collector's too), which wall time on a shared machine is not.
console.log(JSON.stringify({ rows: summary.rowsRead, added: summary.added, rejected: summary.rejected, millis: summary.millis, checkpointMs, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024 }));
