import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { UserError } from '../user-error';

export interface RegisteredFile {
  path: string;
  name: string;
  bytes: number;
  /** An upload's temp copy, deleted when Tend closes. */
  temporary: boolean;
}

/**
 * Files the UI may import, by opaque id. Only the transports register files —
 * the desktop app's native open dialog, the browser host's upload — so a page
 * can never make the backend read a path of its choosing.
 */
export class FileRegistry {
  #files = new Map<string, RegisteredFile>();

  register(path: string, name: string, temporary: boolean): { fileId: string; name: string; bytes: number } {
    const fileId = randomBytes(12).toString('base64url');
    const bytes = statSync(path).size;
    this.#files.set(fileId, { path, name, bytes, temporary });
    return { fileId, name, bytes };
  }

  get(fileId: string): RegisteredFile {
    const file = this.#files.get(fileId);
    if (!file) throw new UserError('not_found', 'That file is no longer available. Choose it again.');
    return file;
  }

  /** Removes uploaded temp copies. */
  dispose(): void {
    for (const file of this.#files.values()) if (file.temporary) rmSync(file.path, { force: true });
    this.#files.clear();
  }
}
