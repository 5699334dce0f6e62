import { dayOf } from '../../../shared/dates';
import { touchpointFingerprint } from '../../../shared/import/fingerprint';
import type { ImportedTouchpoint } from '../../../shared/import/normalise-row';
import { isOurContact } from '../db/touchpoints-repo';
import type { AccountIndex } from './account-index';
import type { FingerprintSet } from './fingerprint-set';
import type { TableRow } from './read/types';
import { inferSentiment } from './sentiment-inference';
import { ambiguousAccount, RowSink, type RowSinkOptions } from './sink';

export interface TouchpointSinkOptions extends RowSinkOptions {
  accounts: AccountIndex;
  fingerprints: FingerprintSet;
  /** Create accounts the file names but Tend does not know, or reject their rows. */
  unknownAccounts: 'create' | 'reject';
  now: number;
}

/** Who owns an account an import creates when the file does not say. */
export const UNASSIGNED_OWNER = 'Unassigned';
const DEFAULT_TIER = 'Standard';

/**
 * Contact-log rows → touchpoints: normalised, matched to an account (created
 * when allowed), de-duplicated by fingerprint against everything already
 * stored and everything earlier in the file, sentiment inferred from the
 * words when the file gives none, and written through one prepared statement.
 */
export class TouchpointSink extends RowSink<ImportedTouchpoint> {
  #options: TouchpointSinkOptions;
  /** Accounts this import created, with the earliest day seen for each (their "customer since"). */
  #created = new Map<number, number>();

  constructor(options: TouchpointSinkOptions) {
    super(options);
    this.#options = options;
  }

  protected take(touchpoint: ImportedTouchpoint, row: TableRow): void {
    const { statements, batchId, fingerprints, now } = this.#options;
    const accountId = this.#resolveAccount(touchpoint, row);
    if (accountId === null) return;
    const fingerprint = touchpointFingerprint(String(accountId), touchpoint);
    if (!fingerprints.add(fingerprint)) {
      this.counts.duplicates++;
      return;
    }
    let sentiment = touchpoint.sentiment;
    let sentimentSource: 'given' | 'inferred' | null = sentiment === null ? null : 'given';
    if (sentiment === null) {
      sentiment = inferSentiment(touchpoint.notes ?? touchpoint.subject);
      if (sentiment !== null) sentimentSource = 'inferred';
    }
    statements.insertTouchpoint.run(
      accountId,
      touchpoint.occurredAt,
      touchpoint.channel,
      touchpoint.direction,
      touchpoint.person,
      touchpoint.subject,
      touchpoint.notes,
      sentiment,
      sentimentSource,
      touchpoint.complaintStatus,
      touchpoint.resolvedAt,
      touchpoint.comeBack,
      touchpoint.refer,
      now,
      isOurContact(touchpoint) ? 1 : 0,
      batchId,
      fingerprint,
    );
    this.counts.added++;
    const firstSeen = this.#created.get(accountId);
    if (firstSeen !== undefined && touchpoint.occurredAt < firstSeen) this.#created.set(accountId, touchpoint.occurredAt);
  }

  override finish(): void {
    // An account created from a contact log has been a customer at least since its first touchpoint.
    for (const [accountId, firstMs] of this.#created) this.#options.statements.setCreatedOn.run(dayOf(firstMs), accountId);
  }

  #resolveAccount(touchpoint: ImportedTouchpoint, row: TableRow): number | null {
    const { accounts, unknownAccounts, statements, batchId } = this.#options;
    const found = accounts.find(touchpoint.account, touchpoint.accountName);
    if (found === -1) {
      this.rejects.reject(row.line, ambiguousAccount(touchpoint.account), row.cells);
      return null;
    }
    if (found !== undefined) return found;
    if (unknownAccounts === 'reject') {
      this.rejects.reject(row.line, `Tend has no account "${touchpoint.account}". Import the account list first, or let the import create unknown accounts.`, row.cells);
      return null;
    }
    const name = touchpoint.accountName ?? touchpoint.account;
    const owner = touchpoint.owner ?? UNASSIGNED_OWNER;
    const id = Number(
      statements.insertAccount.run(touchpoint.account, name, owner, DEFAULT_TIER, 0, 'active', dayOf(touchpoint.occurredAt), '[]', batchId).lastInsertRowid,
    );
    accounts.add(id, touchpoint.account, name);
    this.#created.set(id, touchpoint.occurredAt);
    this.counts.accountsCreated++;
    return id;
  }
}
