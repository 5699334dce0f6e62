import type { Mapping } from '../../../shared/import/fields';
import type { AccountKeys } from './account-index';
import type { PlannedBatch } from './planned-batch';
import type { ImportFileErrorCode, OpenOptions, TableInfo, TableRow } from './read/types';

/** What the reading thread is started with (its workerData). */
export interface ReaderSetup {
  file: string;
  read: Pick<OpenOptions, 'encoding' | 'delimiter' | 'sheet'>;
  kind: Mapping['kind'];
}

/** Sent once the writing thread holds the write lock and has read what the plan depends on. */
export type ReaderStart =
  | { type: 'start'; kind: 'accounts' }
  | {
      type: 'start';
      kind: 'touchpoints';
      mapping: Mapping;
      unknownAccounts: 'create' | 'reject';
      accounts: AccountKeys[];
      nextAccountId: number;
    };

/** Writing thread → reading thread. `ack` says a batch has been written, so another may be sent. */
export type ToReader = ReaderStart | { type: 'ack' };

/** Reading thread → writing thread. */
export type FromReader =
  | { type: 'opened'; info: TableInfo; header: string[] }
  /** An accounts file: its rows as read (the writer decides against the stored accounts). */
  | { type: 'rows'; rows: TableRow[]; bytesRead: number }
  /** A contact log: what to write. */
  | { type: 'planned'; batch: PlannedBatch; bytesRead: number }
  | { type: 'done'; customerSince: Array<[number, string]> }
  /** `file` when the message is about the file itself (an ImportFileError) and can be shown to the user as it is. */
  | { type: 'failed'; message: string; file: { code: ImportFileErrorCode; line: number | undefined } | null };
