import BetterSqlite3 from 'better-sqlite3';
import Papa from 'papaparse';
import { createReadStream } from 'node:fs';

/**
 * The fixed stack's own floor beside `sqlite3 .import`: the same file parsed
 * by papaparse and written by better-sqlite3 into a bare table of text
 * columns — what `.import` does, with nothing of Tend's (no checks, dates,
 * accounts, fingerprints, sentiment or index), on one thread, 32 rows a
 * prepared statement in one transaction. Prints one JSON line.
 */
const [dbFile, csv] = process.argv.slice(2) as [string, string];
const ROWS_PER_INSERT = 32;
const db = new BetterSqlite3(dbFile);
db.pragma('journal_mode = WAL');
const started = performance.now();
let one: BetterSqlite3.Statement | null = null;
let many: BetterSqlite3.Statement | null = null;
let width = 0;
let rows = 0;
/** Time inside better-sqlite3's run(): the part a second thread could not take off the writing one. */
let insertMs = 0;
const values: string[] = [];
db.exec('begin');
await new Promise<void>((resolve, reject) => {
  Papa.parse<string[]>(createReadStream(csv, 'utf8'), {
    step: ({ data }) => {
      if (!one) {
        width = data.length;
        db.exec(`create table log (${data.map((_, i) => `c${i}`).join(', ')})`);
        const row = `(${data.map(() => '?').join(', ')})`;
        one = db.prepare(`insert into log values ${row}`);
        many = db.prepare(`insert into log values ${Array.from({ length: ROWS_PER_INSERT }, () => row).join(', ')}`);
        return;
      }
      rows++;
      for (let i = 0; i < width; i++) values.push(data[i] ?? '');
      if (values.length === ROWS_PER_INSERT * width) {
        const before = performance.now();
        many!.run(values);
        insertMs += performance.now() - before;
        values.length = 0;
      }
    },
    complete: () => resolve(),
    error: reject,
  });
});
for (let i = 0; i < values.length; i += width) one!.run(values.slice(i, i + width));
db.exec('commit');
const millis = performance.now() - started;
db.close();
console.log(JSON.stringify({ rows, millis, insertMs }));
