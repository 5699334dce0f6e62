import type { Compilable } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Store } from './connection';

export interface BulkWriter {
  /** Runs a kysely-built statement through a cached prepared statement. */
  run(query: Compilable): BetterSqlite3.RunResult;
  /** Reads with a kysely-built query inside the same transaction. */
  all<Row>(query: Compilable<Row>): Row[];
}

/**
 * Many writes in one synchronous SQLite transaction. Queries are still built
 * with kysely (so the SQL stays in the repositories), but executed through
 * prepared statements cached by their SQL text: thousands of rows in
 * milliseconds, and all or nothing if anything throws.
 */
export function runBulk(store: Store, work: (bulk: BulkWriter) => void): void {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (query: Compilable) => {
    const compiled = query.compile();
    let statement = statements.get(compiled.sql);
    if (!statement) {
      statement = store.sqlite.prepare(compiled.sql);
      statements.set(compiled.sql, statement);
    }
    return { statement, parameters: compiled.parameters as unknown[] };
  };
  const bulk: BulkWriter = {
    run(query) {
      const { statement, parameters } = prepare(query);
      return statement.run(...parameters);
    },
    all<Row>(query: Compilable<Row>) {
      const { statement, parameters } = prepare(query);
      return statement.all(...parameters) as Row[];
    },
  };
  store.sqlite.transaction(() => work(bulk))();
}
