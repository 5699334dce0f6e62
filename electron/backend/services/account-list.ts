import type { AccountList, AccountListRow } from '../../../shared/api/accounts';
import { asOfMs, DAY_MS, dayOf } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import { lastOurContactOfChurned, listAccountTable } from '../db/accounts-repo';
import type { Store } from '../db/connection';
import type { Scoreboard } from './scoreboard';

/**
 * The accounts table: every account, active and churned, with its health as
 * of the day. Active accounts' health comes from the scoreboard (already in
 * memory); churned ones have no score, and only their last contact is looked
 * up, in one grouped query. No per-account queries: 50,000 rows in one pass.
 */
export async function buildAccountList(store: Store, scoreboard: Scoreboard, asOf: IsoDay): Promise<AccountList> {
  await scoreboard.ensure(asOf);
  const endMs = asOfMs(asOf);
  const stored = listAccountTable(store);
  const churnedContacts = lastOurContactOfChurned(store, endMs);
  const owners = new Set<string>();
  const tiers = new Set<string>();
  const tags = new Set<string>();
  const readTags = tagReader();
  const dayName = dayNamer();
  const rows: AccountListRow[] = [];
  for (const [id, externalId, name, owner, tier, value, status, tagsJson, createdOn, churnedOn] of stored) {
    const accountTags = readTags(tagsJson);
    owners.add(owner);
    tiers.add(tier);
    for (const tag of accountTags) tags.add(tag);
    const scored = status === 'active' ? scoreboard.get(id) : undefined;
    const lastContact = scored ? scored.lastOurContactAt : (churnedContacts.get(id) ?? null);
    rows.push({
      id,
      externalId,
      name,
      owner,
      tier,
      value,
      status,
      tags: accountTags,
      createdOn,
      churnedOn,
      score: scored ? scored.health.score : null,
      band: scored ? scored.health.band : null,
      daysSinceContact: lastContact === null ? null : Math.max(0, Math.floor((endMs - lastContact) / DAY_MS)),
      lastContactOn: lastContact === null ? null : dayName(lastContact),
      openComplaints: scored ? scored.health.openComplaints : 0,
    });
  }
  return { asOf, rows, owners: sorted(owners), tiers: sorted(tiers), tags: sorted(tags) };
}

/** Instant → its day, formatted once per day: 50,000 accounts' last contacts fall on a few hundred days. */
function dayNamer(): (ms: number) => IsoDay {
  const names = new Map<number, IsoDay>();
  return (ms) => {
    const key = Math.floor(ms / DAY_MS);
    let name = names.get(key);
    if (name === undefined) {
      name = dayOf(ms);
      names.set(key, name);
    }
    return name;
  };
}

/** Parses stored tag lists, once per distinct list: most accounts share a handful of them. */
function tagReader(): (json: string) => string[] {
  const seen = new Map<string, string[]>();
  return (json) => {
    let tags = seen.get(json);
    if (!tags) {
      tags = parseTags(json);
      seen.set(json, tags);
    }
    // Each row gets its own array, so no caller can change another row's tags.
    return tags.slice();
  };
}

function parseTags(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
