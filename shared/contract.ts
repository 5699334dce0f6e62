import { z } from 'zod';
import { API_METHOD_NAMES, type ApiMethodName } from './api-methods';
import { accountArgs, type AccountResults } from './api/accounts';
import { accountPageArgs, type AccountPageResults } from './api/account-page';
import { reportArgs, type ReportResults } from './api/reports';
import { accountId, isoDay, isoInstant, owner } from './api/schemas';
import { settingsArgs, type SettingsResults } from './api/settings';
import { CHANNELS, DIRECTIONS, FACTORS } from './domain';
import type { Band, Channel, Direction, FactorKey, IsoDay, IsoInstant } from './domain';
import type { Reason } from './health/types';
import type { ImportKind, Mapping } from './import/fields';
import type { Result } from './result';

/**
 * The one API between the UI and the backend. Electron IPC (preload) and the
 * browser host both serve exactly this map; the renderer calls it through one
 * typed client. Arguments are validated with these schemas by the backend
 * before anything touches the database.
 */

const fileId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a file id');
const jobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not an import job id');
const readOptions = z
  .object({
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
    delimiter: z.string().min(1).max(4).optional(),
    sheet: z.string().max(200).optional(),
  })
  .strict();
const mappingSchema = z
  .object({
    kind: z.enum(['touchpoints', 'accounts']),
    fields: z.record(z.string().max(40), z.string().max(500).optional()),
    dateFormat: z.enum(['auto', 'iso', 'dmy', 'mdy', 'ymd', 'excel']),
    timeZone: z.string().max(100).optional(),
    sentimentScale: z.enum(['auto', 'signed', 'five', 'ten']).optional(),
    defaults: z.object({ channel: z.enum(CHANNELS).optional(), direction: z.enum(DIRECTIONS).optional() }).strict().optional(),
  })
  .strict();

export const apiArgs = {
  /** How much is in the store: drives the first-run screen. */
  'store.summary': z.object({}).strict(),
  /** Fill an empty store with the sample portfolio. */
  'demo.load': z.object({ asOf: isoDay }).strict(),
  /** Today's neglected-customer list for one owner or everyone. */
  'today.list': z
    .object({
      asOf: isoDay,
      owner: owner.nullable(),
      /** Only the first N rows: the console paints the top of a huge list first, then fetches the rest. */
      limit: z.number().int().positive().max(1_000_000).optional(),
    })
    .strict(),
  /** Log a touch (a call made, an email sent…) and re-score the account. */
  'touchpoints.log': z
    .object({
      accountId,
      asOf: isoDay,
      occurredAt: isoInstant,
      channel: z.enum(CHANNELS),
      direction: z.enum(DIRECTIONS),
      notes: z.string().max(10_000).nullable(),
      sentiment: z.number().min(-1).max(1).nullable(),
    })
    .strict(),
  'review.markReviewed': z.object({ accountId, day: isoDay }).strict(),
  'review.snooze': z.object({ accountId, asOf: isoDay, until: isoDay }).strict(),
  'review.clear': z.object({ accountId, day: isoDay }).strict(),
  /**
   * Desktop app only: the native open-file dialog. The browser console uploads
   * the file instead (POST /upload); either way the UI gets a file id, never a path.
   */
  'files.pick': z.object({}).strict(),
  /**
   * Desktop app only: the native save dialog, then the bytes written to the
   * chosen file. The browser console downloads the bytes itself instead.
   */
  'files.save': z
    .object({ suggestedName: z.string().trim().min(1).max(200), mime: z.string().max(200), data: z.string().max(200_000_000) })
    .strict(),
  'import.presets': z.object({}).strict(),
  /** Keep a mapping under a name of the user's choosing, for the next export in the same layout. */
  'import.savePreset': z.object({ name: z.string().trim().min(1).max(80), mapping: mappingSchema }).strict(),
  'import.deletePreset': z.object({ id: z.string().min(1).max(100) }).strict(),
  /** Read the first rows, recognise the kind and columns, and show every problem before anything is written. */
  'import.preview': z
    .object({
      fileId,
      kind: z.enum(['touchpoints', 'accounts']).optional(),
      /** The mapping to preview with; the suggested one when absent. */
      mapping: mappingSchema.optional(),
      presetId: z.string().max(100).optional(),
      read: readOptions.optional(),
    })
    .strict(),
  /** Start importing in the background; poll import.progress. */
  'import.start': z
    .object({ fileId, mapping: mappingSchema, read: readOptions.optional(), unknownAccounts: z.enum(['create', 'reject']), dryRun: z.boolean().optional() })
    .strict(),
  'import.progress': z.object({ jobId }).strict(),
  'import.cancel': z.object({ jobId }).strict(),
  'import.history': z.object({}).strict(),
  'import.undo': z.object({ batchId: z.number().int().positive() }).strict(),
  /** A batch's rejected rows, to save as a CSV, fix and import again. */
  'import.rejects': z.object({ batchId: z.number().int().positive() }).strict(),
  ...accountArgs,
  ...accountPageArgs,
  ...settingsArgs,
  ...reportArgs,
} as const satisfies Record<ApiMethodName, z.ZodType>;

export type ApiMethod = keyof typeof apiArgs;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgs)[M]>;

export const API_METHODS: readonly ApiMethod[] = API_METHOD_NAMES;

export interface StoreSummary {
  accounts: number;
  activeAccounts: number;
  touchpoints: number;
  owners: string[];
}

export interface DemoLoaded {
  accounts: number;
  touchpoints: number;
}

/** One account on today's list, already scored as of the list's day. */
export interface TodayRow {
  accountId: number;
  externalId: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  score: number;
  band: Band;
  priority: number;
  daysSinceContact: number | null;
  openComplaints: number;
  oldestOpenComplaintDays: number | null;
  complaintSilenceDays: number | null;
  reasons: Reason[];
  /** Marked reviewed on the list's day. */
  reviewed: boolean;
  /** We contacted the account on the list's day. */
  touchedToday: boolean;
  /** Handed over to this owner and not yet introduced: stays on the list until a touch is logged. */
  intro: { from: string } | null;
}

export interface TodayList {
  asOf: IsoDay;
  owner: string | null;
  owners: string[];
  /** Accounts that need attention, highest priority first; reached ones last (the first `limit` when asked). */
  rows: TodayRow[];
  /** How many accounts are on the whole list (more than `rows.length` when a limit cut it). */
  total: number;
  /** How many accounts on the whole list were reached (touched or reviewed) today. */
  reached: number;
  /** Accounts hidden because they are snoozed past the list's day. */
  snoozed: number;
  /** Active accounts considered for this owner, healthy ones included. */
  considered: number;
}

export interface LoggedTouch {
  touchpointId: number;
  row: TodayRow;
}

export interface PickedFile {
  fileId: string;
  name: string;
  bytes: number;
}

export interface ImportPreset {
  id: string;
  name: string;
  description: string;
  mapping: Mapping;
  /** Saved by a user of this store (and deletable), rather than shipped with Tend. */
  saved: boolean;
}

export interface ImportFileInfo {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  sheets: string[];
  bytes: number;
}

/** One previewed row: as it will be stored, or why it will be rejected. */
export type PreviewRow =
  | { line: number; cells: string[]; ok: true; record: Record<string, string | number | null> }
  | { line: number; cells: string[]; ok: false; reason: string };

export interface ImportPreview {
  fileName: string;
  info: ImportFileInfo;
  header: string[];
  kindGuess: { kind: ImportKind; confidence: number; why: string };
  mapping: Mapping;
  /** The mapping's problems in words (a required field missing, a column that is not in the file…). */
  problems: string[];
  /** Dates that could be day-first or month-first: the user must say which. */
  ambiguousDates: boolean;
  rows: PreviewRow[];
}

export interface ImportProgressInfo {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number;
  secondsLeft: number | null;
  /** Every row is read; the batch is being saved and the store's index rebuilt (a few seconds for a big file). */
  finishing: boolean;
}

export interface ImportSummaryInfo {
  batchId: number | null;
  kind: ImportKind;
  fileName: string;
  dryRun: boolean;
  rowsRead: number;
  added: number;
  duplicates: number;
  rejected: number;
  accountsCreated: number;
  accountsUpdated: number;
  millis: number;
  rejects: { line: number; reason: string; cells: string[] }[];
}

export type ImportJobState =
  | { state: 'running'; progress: ImportProgressInfo }
  | { state: 'done'; progress: ImportProgressInfo; summary: ImportSummaryInfo }
  | { state: 'failed'; message: string }
  | { state: 'cancelled'; message: string };

export interface ImportBatchInfo {
  id: number;
  kind: ImportKind;
  fileName: string;
  status: 'complete' | 'undone';
  startedAt: IsoInstant;
  undoneAt: IsoInstant | null;
  rowsRead: number;
  added: number;
  duplicates: number;
  rejected: number;
  accountsCreated: number;
  accountsUpdated: number;
}

export interface ApiResults extends AccountResults, AccountPageResults, SettingsResults, ReportResults {
  'store.summary': StoreSummary;
  'demo.load': DemoLoaded;
  'today.list': TodayList;
  'touchpoints.log': LoggedTouch;
  'review.markReviewed': { accountId: number };
  'review.snooze': { accountId: number; until: IsoDay };
  'review.clear': { accountId: number };
  'files.pick': PickedFile | null;
  /** The path written, or null when the user cancelled the dialog. */
  'files.save': { path: string } | null;
  'import.presets': ImportPreset[];
  'import.savePreset': ImportPreset;
  'import.deletePreset': { id: string };
  'import.preview': ImportPreview;
  'import.start': { jobId: string };
  'import.progress': ImportJobState;
  'import.cancel': { jobId: string };
  'import.history': ImportBatchInfo[];
  'import.undo': { batchId: number; touchpointsRemoved: number; accountsRemoved: number; accountsRestored: number };
  'import.rejects': { header: string[]; rows: { line: number; reason: string; cells: string[] }[] };
}

/** The backend as every transport sees it: one async function per method, errors as data. */
export type TendApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<Result<ApiResults[M]>>;
};

// Re-exported so UI code can name these without reaching into health/.
export type { Channel, Direction, FactorKey, IsoInstant };
export const FACTOR_KEYS = FACTORS;
