import type { Migration } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-import-batches';
import * as m0003 from './0003-account-workflows';

/**
 * Every migration, in order. Append only: never edit or renumber a migration
 * that has shipped; add the next number instead.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-import-batches': m0002,
  '0003-account-workflows': m0003,
};
