import { sql, type Kysely } from 'kysely';

/**
 * The first schema. Frozen: later changes go in new numbered files.
 * `Kysely<any>` on purpose — a migration must not follow today's table types.
 */
// oxlint-disable-next-line no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('external_id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'churned')`))
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('accounts_owner').on('accounts').columns(['owner', 'status']).execute();

  await db.schema
    .createTable('touchpoints')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('inbound', 'outbound')`))
    .addColumn('person', 'text')
    .addColumn('subject', 'text')
    .addColumn('notes', 'text')
    .addColumn('sentiment', 'real', (c) => c.check(sql`sentiment between -1 and 1`))
    .addColumn('sentiment_source', 'text', (c) => c.check(sql`sentiment_source in ('given', 'inferred')`))
    .addColumn('complaint_status', 'text', (c) => c.check(sql`complaint_status in ('open', 'resolved')`))
    .addColumn('resolved_at', 'bigint')
    .addColumn('come_back', 'integer', (c) => c.check(sql`come_back between 1 and 5`))
    .addColumn('refer', 'integer', (c) => c.check(sql`refer between 0 and 10`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // "Our contact" (outbound, or a meeting, which is two-way) as a stored
    // flag: the scoring aggregate tests it five times per touchpoint, and an
    // integer there is a third faster than comparing two text columns. A plain
    // column held true by a CHECK, not a generated one: SQLite's planner does
    // not treat generated columns in an index as covering.
    .addColumn('ours', 'integer', (c) => c.notNull().check(sql`ours = (direction = 'outbound' or channel = 'meeting')`))
    .execute();

  // Covering index for the scoring aggregate: one ordered pass per account,
  // no table lookups (see docs/architecture.md, "Scoring at scale").
  await db.schema
    .createIndex('touchpoints_scoring')
    .on('touchpoints')
    .columns(['account_id', 'occurred_at', 'ours', 'sentiment'])
    .execute();
  // Complaints and survey answers are rare: small partial indexes keep their
  // look-ups from scanning every touchpoint.
  await db.schema
    .createIndex('touchpoints_complaints')
    .on('touchpoints')
    .columns(['account_id', 'occurred_at', 'resolved_at', 'complaint_status'])
    .where(sql.ref('complaint_status'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('touchpoints_survey')
    .on('touchpoints')
    .columns(['account_id', 'occurred_at', 'come_back', 'refer'])
    .where((eb) => eb.or([eb('come_back', 'is not', null), eb('refer', 'is not', null)]))
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('review_state')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('reviewed_on', 'text')
    .addColumn('snoozed_until', 'text')
    .execute();
}

// oxlint-disable-next-line no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['review_state', 'settings', 'touchpoints', 'accounts']) {
    await db.schema.dropTable(table).execute();
  }
}
