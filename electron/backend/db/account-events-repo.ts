import type { Kysely } from 'kysely';
import type { AccountEventDetails, AccountEventKind } from '../../../shared/api/accounts';
import { chunks } from './accounts-repo';
import type { Database } from './schema';

/** One entry of an account's own history: created, edited, handed over, churned, reactivated. */
export type AccountEvent = {
  [K in AccountEventKind]: { id: number; accountId: number; at: number; kind: K; detail: AccountEventDetails[K] };
}[AccountEventKind];

export async function recordEvent<K extends AccountEventKind>(
  db: Kysely<Database>,
  accountId: number,
  at: number,
  kind: K,
  detail: AccountEventDetails[K],
): Promise<void> {
  await db.insertInto('account_events').values({ account_id: accountId, at, kind, detail: JSON.stringify(detail) }).execute();
}

/** The same event for many accounts at once (a hand-over), a few thousand rows per statement. */
export async function recordEvents<K extends AccountEventKind>(
  db: Kysely<Database>,
  accountIds: number[],
  at: number,
  kind: K,
  detail: AccountEventDetails[K],
): Promise<void> {
  const json = JSON.stringify(detail);
  for (const chunk of chunks(accountIds, 2000)) {
    await db
      .insertInto('account_events')
      .values(chunk.map((accountId) => ({ account_id: accountId, at, kind, detail: json })))
      .execute();
  }
}

/** An account's events, newest first. */
export async function listAccountEvents(db: Kysely<Database>, accountId: number): Promise<AccountEvent[]> {
  const rows = await db
    .selectFrom('account_events')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, accountId: row.account_id, at: row.at, kind: row.kind, detail: parseDetail(row.detail) }) as AccountEvent);
}

function parseDetail(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return {};
  }
}
