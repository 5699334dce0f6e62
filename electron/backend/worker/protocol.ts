import type { ApiMethod, PickedFile } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

/** What the thread serving the UI sends the backend thread. */
export type CallMessage =
  | { id: number; method: ApiMethod; args: unknown }
  | { close: true }
  /** From the transport itself, never from a page: a file the user chose (dialog or upload) becomes importable. */
  | { id: number; register: { path: string; name: string; temporary: boolean } };

/** What the backend thread answers. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'registered'; id: number; result: Result<PickedFile> };

export interface WorkerSetup {
  file: string;
  nativeBinding?: string;
}
