import type { ApiMethod } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

/** What the thread serving the UI sends the backend thread. */
export type CallMessage = { id: number; method: ApiMethod; args: unknown } | { close: true };

/** What the backend thread answers. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> };

export interface WorkerSetup {
  file: string;
  nativeBinding?: string;
}
