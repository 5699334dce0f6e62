import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `path` so that the path holds its old contents or all of
 * the new bytes, never a part: the bytes go to a hidden file beside it, are
 * flushed to disk, and the finished file is renamed into place. A failure at
 * any step leaves no temporary file behind.
 */
export async function writeFileWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** A failed write in one sentence: what went wrong and what to do. */
export function writeFailure(path: string, error: unknown): string {
  const folder = dirname(path);
  const code = error instanceof Error && 'code' in error ? String(error.code) : null;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Tend may not write to ${folder}. Choose another folder, such as Documents.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk that holds ${folder} is full. Free some space or choose another drive.`;
    case 'EROFS':
      return `${folder} is read-only. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} does not exist any more. Choose another folder.`;
    case 'EISDIR':
    case 'ENOTEMPTY':
      return `${path} is a folder. Choose a file name instead.`;
    case 'EBUSY':
      return `${basename(path)} is open in another program. Close it there, or save under another name.`;
    default:
      return `Tend could not save ${basename(path)}${code ? ` (${code})` : ''}. Try again, or choose another folder.`;
  }
}

/**
 * A name the save dialog can offer on any system: no folders, no characters
 * Windows refuses, no leading dots.
 * @example safeFileName('../Acme: Q3 update.pdf') // 'Acme_ Q3 update.pdf'
 */
export function safeFileName(suggested: string): string {
  const name = basename(suggested.replaceAll('\\', '/'))
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  return name || 'report';
}
