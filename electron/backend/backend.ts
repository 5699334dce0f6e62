import type { TendApi } from '../../shared/contract';
import { asOfMs } from '../../shared/dates';
import { countAccounts, getAccount, listOwners } from './db/accounts-repo';
import { openStore, type OpenOptions, type Store } from './db/connection';
import { reviewStatesFor, setReviewed, setSnoozed } from './db/review-repo';
import { countTouchpoints, insertTouchpoint } from './db/touchpoints-repo';
import { defineApi, type ApiOptions } from './define-api';
import { loadDemoPortfolio } from './services/demo-load';
import { loadHealthSettings } from './services/health-settings';
import { Scoreboard } from './services/scoreboard';
import { ScoreHistory } from './services/snapshots';
import { loadTodayList, pendingIntroFor, toTodayRow } from './services/today';
import { batchRejects, listBatches, undoBatch } from './db/import-repo';
import { FileRegistry } from './import/file-registry';
import { ImportJobs } from './import/import-jobs';
import { previewImport } from './import/preview';
import { deletePreset, listPresets, lookUpPreset, savePreset } from './import/saved-presets';
import type { Mapping } from '../../shared/import/fields';
import { UserError } from './user-error';
import type { BackendContext } from './context';
import { accountsHandlers } from './handlers/accounts';
import { accountPageHandlers } from './handlers/account-page';
import { settingsHandlers } from './handlers/settings';
import { reportsHandlers } from './handlers/reports';

export interface Backend {
  api: TendApi;
  store: Store;
  scoreboard: Scoreboard;
  /** Daily score snapshots; `history.idle()` waits for a back-fill to finish. */
  history: ScoreHistory;
  /** For the transports only: makes a file the user chose (dialog, upload) importable by id. */
  files: FileRegistry;
  close(): Promise<void>;
}

export interface BackendOptions extends OpenOptions, ApiOptions {
  /** The wall clock, injectable for tests; only used to stamp when rows were written. */
  now?: () => number;
}

/**
 * The whole backend behind the contract: the CLI, the browser host, the
 * Electron main process and the tests all start here.
 */
export async function openBackend(file: string, options: BackendOptions = {}): Promise<Backend> {
  const store = await openStore(file, options);
  const now = options.now ?? Date.now;
  const scoreboard = new Scoreboard(store, await loadHealthSettings(store.db));
  const { db } = store;
  const files = new FileRegistry();
  const history = new ScoreHistory({ store, settings: () => scoreboard.settings, now, onError: (error) => console.error('[tend] score history:', error) });
  scoreboard.onScored(history.record);
  // A finished import changed many accounts at once: score everything afresh on the next read, and the past with it.
  const imports = new ImportJobs(file, options.nativeBinding, () => {
    scoreboard.invalidate();
    history.backfill();
  });
  const context: BackendContext = { store, db, scoreboard, files, imports, history, now };

  async function requireActiveAccount(accountId: number) {
    const account = await getAccount(db, accountId);
    if (!account) throw new UserError('not_found', `There is no account with id ${accountId}; it may have been deleted. Reload the list.`);
    return account;
  }

  const api = defineApi(
    {
      'store.summary': async () => {
        const counts = await countAccounts(db);
        return { accounts: counts.all, activeAccounts: counts.active, touchpoints: await countTouchpoints(db), owners: await listOwners(db) };
      },
      'demo.load': async ({ asOf }) => {
        const loaded = await loadDemoPortfolio(store, asOf, now());
        scoreboard.invalidate();
        history.backfill();
        return loaded;
      },
      'today.list': async ({ asOf, owner, limit }) => loadTodayList(db, scoreboard, asOf, owner, limit),
      'touchpoints.log': async (args) => {
        const account = await requireActiveAccount(args.accountId);
        if (account.status !== 'active') throw new UserError('conflict', `${account.name} has churned; reactivate it before logging touches.`);
        const occurred = Date.parse(args.occurredAt);
        if (occurred > asOfMs(args.asOf)) throw new UserError('invalid_argument', 'A touch cannot be logged after the day the list is showing. Pick an earlier time.');
        const touchpointId = await insertTouchpoint(
          db,
          {
            accountId: account.id,
            occurredAt: new Date(occurred).toISOString(),
            channel: args.channel,
            direction: args.direction,
            person: null,
            subject: null,
            notes: args.notes?.trim() || null,
            sentiment: args.sentiment,
            sentimentSource: args.sentiment === null ? null : 'given',
            complaintStatus: null,
            resolvedAt: null,
            comeBack: null,
            refer: null,
          },
          now(),
        );
        // Logging a touch is how a manager reaches a customer: it counts toward today's progress.
        await setReviewed(db, account.id, args.asOf);
        await scoreboard.ensure(args.asOf);
        await scoreboard.rescoreAccounts([account.id]);
        history.refreshAccounts([account.id]);
        const scored = scoreboard.get(account.id);
        if (!scored) throw new Error(`Account ${account.id} vanished while re-scoring`);
        const reviews = await reviewStatesFor(db, args.asOf);
        return { touchpointId, row: toTodayRow(scored, args.asOf, reviews.get(account.id), await pendingIntroFor(db, scored)) };
      },
      'review.markReviewed': async ({ accountId, day }) => {
        await requireActiveAccount(accountId);
        await setReviewed(db, accountId, day);
        return { accountId };
      },
      'review.snooze': async ({ accountId, asOf, until }) => {
        await requireActiveAccount(accountId);
        if (until <= asOf) throw new UserError('invalid_argument', `Snooze until a day after ${asOf}; ${until} is not in the future.`);
        await setSnoozed(db, accountId, until);
        return { accountId, until };
      },
      'review.clear': async ({ accountId }) => {
        await requireActiveAccount(accountId);
        await setReviewed(db, accountId, null);
        await setSnoozed(db, accountId, null);
        return { accountId };
      },
      'files.pick': async () => {
        throw new UserError('invalid_argument', 'Choosing a file with a dialog works in the desktop app; in the browser, drop the file on the import screen.');
      },
      'files.save': async () => {
        throw new UserError('invalid_argument', 'Saving with a dialog works in the desktop app; the browser console downloads the file instead.');
      },
      'import.presets': async () => listPresets(db),
      'import.savePreset': async ({ name, mapping }) => savePreset(db, name, mapping),
      'import.deletePreset': async ({ id }) => {
        await deletePreset(db, id);
        return { id };
      },
      'import.preview': async ({ fileId, kind, mapping, presetId, read }) => {
        const chosen = files.get(fileId);
        let presetMapping: Mapping | undefined = mapping;
        if (!presetMapping && presetId) {
          const preset = await lookUpPreset(db, presetId);
          if (!preset) throw new UserError('not_found', `There is no preset "${presetId}".`);
          presetMapping = preset.mapping;
        }
        return previewImport({ file: chosen.path, fileName: chosen.name, kind, mapping: presetMapping, read });
      },
      'import.start': async ({ fileId, mapping, read, unknownAccounts, dryRun }) => {
        const chosen = files.get(fileId);
        return { jobId: imports.start({ file: chosen.path, fileName: chosen.name, mapping, read, unknownAccounts, dryRun, now }) };
      },
      'import.progress': async ({ jobId }) => imports.get(jobId),
      'import.cancel': async ({ jobId }) => {
        imports.cancel(jobId);
        return { jobId };
      },
      'import.history': async () =>
        (await listBatches(db)).map((b) => ({
          id: b.id,
          kind: b.kind,
          fileName: b.fileName,
          status: b.status,
          startedAt: new Date(b.startedAt).toISOString(),
          undoneAt: b.undoneAt === null ? null : new Date(b.undoneAt).toISOString(),
          rowsRead: b.rowsRead,
          added: b.added,
          duplicates: b.duplicates,
          rejected: b.rejected,
          accountsCreated: b.accountsCreated,
          accountsUpdated: b.accountsUpdated,
        })),
      'import.undo': async ({ batchId }) => {
        const result = undoBatch(store, batchId, now());
        scoreboard.invalidate();
        history.backfill();
        return result;
      },
      'import.rejects': async ({ batchId }) => {
        const batch = (await listBatches(db)).find((b) => b.id === batchId);
        if (!batch) throw new UserError('not_found', `There is no import #${batchId}.`);
        // The batch keeps the file's header with its mapping, so the saved rows can be fixed and imported again.
        const header = (batch.mapping as { header?: string[] }).header ?? [];
        return { header, rows: await batchRejects(db, batchId) };
      },
      ...accountsHandlers(context),
      ...accountPageHandlers(context),
      ...settingsHandlers(context),
      ...reportsHandlers(context),
    },
    options,
  );

  return {
    api,
    store,
    scoreboard,
    history,
    files,
    close: async () => {
      files.dispose();
      await history.cancel();
      await store.close();
    },
  };
}
