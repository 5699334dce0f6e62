import { sql, type Kysely } from 'kysely';

/**
 * Running a portfolio day after day: churn with a date and reason, complaint
 * updates tied to their complaint, a daily score snapshot per account (for
 * history, "biggest drops" and report movers), the account's own event log
 * (hand-overs, churn, reactivation), the "introduce the new owner" items a
 * hand-over leaves on the new owner's list, and the accounts table's saved views.
 */
// oxlint-disable-next-line no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('churned_on', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('churn_reason', 'text').execute();

  // An update to the customer about a complaint is a touchpoint of its own, pointing at the complaint it answers.
  await db.schema
    .alterTable('touchpoints')
    .addColumn('complaint_id', 'integer', (c) => c.references('touchpoints.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('touchpoints_complaint_updates')
    .on('touchpoints')
    .columns(['complaint_id', 'occurred_at'])
    .where(sql.ref('complaint_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('score_snapshots')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull().check(sql`band in ('healthy', 'watch', 'at_risk', 'neglected')`))
    /** 1 when computed afterwards from the touchpoints (back-fill), 0 when written on the day itself. */
    .addColumn('backfilled', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('score_snapshots_pk', ['account_id', 'day'])
    .modifyEnd(sql`without rowid`)
    .execute();
  // "Biggest drops this week" and report movers read one day for every account.
  await db.schema.createIndex('score_snapshots_day').on('score_snapshots').columns(['day', 'account_id']).execute();

  await db.schema
    .createTable('account_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('created', 'updated', 'handover', 'churned', 'reactivated')`))
    /** JSON: what changed, e.g. { "from": "Ana", "to": "Ben" } for a hand-over. */
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('account_events_account').on('account_events').columns(['account_id', 'at']).execute();

  await db.schema
    .createTable('handover_intros')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('from_owner', 'text', (c) => c.notNull())
    .addColumn('to_owner', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    /** Set when the new owner logs a touch with the account; the item then leaves the list. */
    .addColumn('done_at', 'bigint')
    .execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    /** JSON: the accounts table's filters, sort and visible columns. */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

// oxlint-disable-next-line no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('saved_views').execute();
  await db.schema.dropTable('handover_intros').execute();
  await db.schema.dropTable('account_events').execute();
  await db.schema.dropTable('score_snapshots').execute();
  await db.schema.dropIndex('touchpoints_complaint_updates').execute();
  await db.schema.alterTable('touchpoints').dropColumn('complaint_id').execute();
  await db.schema.alterTable('accounts').dropColumn('churn_reason').execute();
  await db.schema.alterTable('accounts').dropColumn('churned_on').execute();
}
