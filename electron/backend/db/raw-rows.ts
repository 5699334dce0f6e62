import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';

/**
 * Runs a kysely-built query and returns its rows as arrays, in select order.
 * For the scoring hot path only: 50,000 result rows as arrays cost far less
 * than 50,000 objects, and the SQL is still built (and reviewed) in one place.
 */
export function rawRows(sqlite: BetterSqlite3.Database, query: Compilable): unknown[][] {
  const compiled = query.compile();
  return sqlite
    .prepare(compiled.sql)
    .raw(true)
    .all(...(compiled.parameters as unknown[])) as unknown[][];
}
