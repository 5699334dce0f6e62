import { dayOf } from '../../../shared/dates';
import { touchpointFingerprint } from '../../../shared/import/fingerprint';
import type { Mapping } from '../../../shared/import/fields';
import { createRowNormaliser, type ImportedTouchpoint } from '../../../shared/import/normalise-row';
import type { ImportStatements } from '../db/import-repo';
import { isOurContact } from '../db/touchpoints-repo';
import type { AccountIndex } from './account-index';
import type { FingerprintSet } from './fingerprint-set';
import type { TableRow } from './read/types';
import { inferSentiment } from './sentiment-inference';
import { emptyCounts, RejectLog, type ImportCounts, type ImportSink } from './sink';

export interface TouchpointSinkOptions {
  statements: ImportStatements;
  batchId: number;
  mapping: Mapping;
  header: string[];
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
export class TouchpointSink implements ImportSink {
  readonly counts: ImportCounts = emptyCounts();
  readonly rejects: RejectLog;
  #options: TouchpointSinkOptions;
  #normalise: ReturnType<typeof createRowNormaliser>;
  /** Accounts this import created, with the earliest day seen for each (their "customer since"). */
  #created = new Map<number, number>();

  constructor(options: TouchpointSinkOptions) {
    this.#options = options;
    this.#normalise = createRowNormaliser(options.mapping, options.header);
    this.rejects = new RejectLog(options.statements, options.batchId, this.counts);
  }

  accept(rows: TableRow[]): void {
    const { statements, batchId, fingerprints, now } = this.#options;
    for (const row of rows) {
      this.counts.rowsRead++;
      const normalised = this.#normalise(row.cells, row.line);
      if (!normalised.ok) {
        this.rejects.reject(row.line, normalised.reason, row.cells);
        continue;
      }
      const touchpoint = normalised.record as ImportedTouchpoint;
      const accountId = this.#resolveAccount(touchpoint, row);
      if (accountId === null) continue;
      const fingerprint = touchpointFingerprint(String(accountId), touchpoint);
      if (!fingerprints.add(fingerprint)) {
        this.counts.duplicates++;
        continue;
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
  }

  finish(): void {
    // An account created from a contact log has been a customer at least since its first touchpoint.
    for (const [accountId, firstMs] of this.#created) this.#options.statements.setCreatedOn.run(dayOf(firstMs), accountId);
  }

  #resolveAccount(touchpoint: ImportedTouchpoint, row: TableRow): number | null {
    const { accounts, unknownAccounts, statements, batchId } = this.#options;
    const found = accounts.find(touchpoint.account, touchpoint.accountName);
    if (found === -1) {
      this.rejects.reject(row.line, `More than one account is called "${touchpoint.account}"; use the account id instead of the name.`, row.cells);
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
    accounts.add(id, touchpoint.account, name, owner);
    this.#created.set(id, touchpoint.occurredAt);
    this.counts.accountsCreated++;
    return id;
  }
}
