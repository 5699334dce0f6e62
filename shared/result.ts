/**
 * Errors cross the UI↔backend boundary as data, never as thrown exceptions,
 * so every transport (Electron IPC, HTTP, direct calls in tests) behaves alike.
 */
export type ErrorCode = 'invalid_argument' | 'not_found' | 'unauthorized' | 'conflict' | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A sentence for the user: what went wrong and what to do. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
