import type { Account } from '../../shared/domain';
import { chunks, idsByExternalId, listAccounts } from '../backend/db/accounts-repo';
import type { Backend } from '../backend/backend';
import type { CliOptions } from './args';
import { CommandError, type Output } from './commands';

/**
 * `tend handover --from OWNER --to OWNER [--accounts ID,...]`: moves accounts
 * (named by their CRM ids, as `tend today` shows them) to another owner and
 * says which moved. Every refusal is one line and exit code 2.
 */
export async function handoverCommand(backend: Backend, asOf: string, options: CliOptions, io: Output): Promise<void> {
  const { from, to } = options;
  if (!from || !to) throw new CommandError('handover needs --from OWNER and --to OWNER.');
  const accountIds = options.accounts ? await internalIds(backend, options.accounts) : undefined;
  const result = await backend.api['accounts.handover']({ from, to, accountIds, asOf });
  if (!result.ok) throw new CommandError(result.error.message);
  const handover = result.value;
  const moved: Account[] = [];
  for (const chunk of chunks(handover.accountIds)) moved.push(...(await listAccounts(backend.store.db, { ids: chunk })));
  moved.sort((a, b) => a.name.localeCompare(b.name));
  if (options.json) {
    const accounts = moved.map((a) => ({ account_id: a.externalId, name: a.name }));
    io.out(JSON.stringify({ from: handover.from, to: handover.to, at: handover.at, accounts }, null, 2));
    return;
  }
  const count = moved.length === 1 ? '1 account' : `${moved.length} accounts`;
  io.out(`Handed over ${count} from ${handover.from} to ${handover.to}:`);
  for (const account of moved) io.out(`  ${account.name} (${account.externalId})`);
  io.out(`Each stays on ${handover.to}'s today list ("Introduce yourself") until a touch is logged.`);
}

/** CRM ids → the store's ids; an id the store does not know stops the command. */
async function internalIds(backend: Backend, externalIds: string[]): Promise<number[]> {
  const found = await idsByExternalId(backend.store.db, externalIds);
  const unknown = externalIds.filter((id) => !found.has(id));
  if (unknown.length > 0) {
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : '';
    throw new CommandError(`No account has the id "${unknown[0]}"${more}; use the ids "npm run tend -- today" shows.`);
  }
  return externalIds.map((id) => found.get(id)!);
}
