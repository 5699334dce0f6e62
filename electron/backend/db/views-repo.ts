import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A saved view as stored: its state is JSON the caller validates. */
export interface StoredView {
  id: number;
  name: string;
  state: unknown;
}

export async function listViews(db: Kysely<Database>): Promise<StoredView[]> {
  const rows = await db.selectFrom('saved_views').select(['id', 'name', 'state']).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, state: parseState(r.state) }));
}

/** Saves a view under a name; a view of the same name is overwritten (keeping its id). */
export async function upsertView(db: Kysely<Database>, name: string, state: unknown, at: number): Promise<number> {
  const json = JSON.stringify(state);
  const row = await db
    .insertInto('saved_views')
    .values({ name, state: json, created_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ state: json }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a view; false when there was none with that id. */
export async function deleteView(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('saved_views').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function parseState(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
