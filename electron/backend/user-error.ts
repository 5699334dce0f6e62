import type { ErrorCode } from '../../shared/result';

/** A failure the user can act on; its message is shown as it is. */
export class UserError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'UserError';
  }
}
