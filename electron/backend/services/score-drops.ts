import type { Kysely } from 'kysely';
import type { ScoreDrop } from '../../../shared/api/account-page';
import type { IsoDay } from '../../../shared/domain';
import { dropWindow, rankDrops } from '../../../shared/history/drops';
import type { Database } from '../db/schema';
import { scorePairs } from '../db/snapshots-repo';

/** Days "biggest drops" looks back over when the caller does not say (a week). */
export const DEFAULT_DROP_DAYS = 7;
export const DEFAULT_DROP_LIMIT = 10;

/**
 * The active accounts whose score fell most between the snapshot nearest to
 * (on or before) asOf − days and the latest one on or before asOf.
 */
export async function biggestDrops(db: Kysely<Database>, asOf: IsoDay, owner: string | null, days = DEFAULT_DROP_DAYS, limit = DEFAULT_DROP_LIMIT): Promise<ScoreDrop[]> {
  return rankDrops(await scorePairs(db, dropWindow(asOf, days), owner), limit);
}
