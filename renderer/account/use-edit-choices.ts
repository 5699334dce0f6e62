import { useEffect, useState } from 'react';
import type { AccountList } from '../../shared/api/accounts';
import type { AccountRecord } from '../../shared/api/accounts';
import { call } from '../platform/client';

export type EditChoices = Pick<AccountList, 'owners' | 'tiers' | 'tags'>;

/**
 * Owners and tiers to suggest when editing one account, without fetching the
 * whole accounts table: the store's owners and the tiers the settings know.
 * Suggestions only, so the account's own values serve until they arrive.
 */
export function useEditChoices(account: AccountRecord): EditChoices {
  const [choices, setChoices] = useState<EditChoices>(() => ({ owners: [account.owner], tiers: [account.tier], tags: account.tags }));
  useEffect(() => {
    let current = true;
    Promise.all([call('store.summary', {}), call('settings.health', {})]).then(
      ([summary, settings]) => {
        if (!current) return;
        const tiers = [...new Set([account.tier, ...Object.keys(settings.cadences)])];
        setChoices({ owners: summary.owners, tiers, tags: account.tags });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [account]);
  return choices;
}
