import { sql, type Kysely } from 'kysely';

/**
 * Imports become batches: what was read, how it was mapped, what it added,
 * and which touchpoints (and accounts) it created, so any batch can be undone
 * and a re-import recognises rows it has seen before (by fingerprint).
 */
// oxlint-disable-next-line no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('touchpoints', 'accounts')`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('file_bytes', 'bigint', (c) => c.notNull())
    /** JSON: the mapping and the file's detected format, as used. */
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('complete', 'undone')`))
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint', (c) => c.notNull())
    .addColumn('undone_at', 'bigint')
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('accounts_created', 'integer', (c) => c.notNull())
    .addColumn('accounts_updated', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('import_rejects')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id').onDelete('cascade'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    /** JSON array: the row's cells as read, so it can be saved, fixed and imported again. */
    .addColumn('cells', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_rejects_batch').on('import_rejects').columns(['batch_id', 'line']).execute();

  // What an accounts import changed, so undo can put the old values back.
  await db.schema
    .createTable('import_account_changes')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    /** JSON: name, owner, tier, value and status before the import. */
    .addColumn('previous', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_account_changes_batch').on('import_account_changes').column('batch_id').execute();

  // No index on either column: an import loads every fingerprint into memory
  // once, and undo is rare enough to scan; indexes maintained during a bulk
  // load would cost far more than they save.
  await db.schema.alterTable('touchpoints').addColumn('batch_id', 'integer', (c) => c.references('import_batches.id')).execute();
  await db.schema.alterTable('touchpoints').addColumn('fingerprint', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('batch_id', 'integer', (c) => c.references('import_batches.id')).execute();
}

// oxlint-disable-next-line no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('batch_id').execute();
  await db.schema.alterTable('touchpoints').dropColumn('fingerprint').execute();
  await db.schema.alterTable('touchpoints').dropColumn('batch_id').execute();
  await db.schema.dropTable('import_account_changes').execute();
  await db.schema.dropTable('import_rejects').execute();
  await db.schema.dropTable('import_batches').execute();
}
