import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeFileName, writeFailure, writeFileWhole } from './write-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tend-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileWhole', () => {
  it('writes the bytes and leaves nothing else in the folder', async () => {
    const path = join(dir, 'report.pdf');
    await writeFileWhole(path, Buffer.from('%PDF-1.7 whole'));
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 whole');
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const path = join(dir, 'report.md');
    await writeFile(path, 'an older, much longer report that must not leave a tail behind');
    await writeFileWhole(path, Buffer.from('# New'));
    expect(await readFile(path, 'utf8')).toBe('# New');
  });

  it('leaves no partial file when the final step fails', async () => {
    // A folder (with something in it) where the file should go: the rename into place fails.
    const path = join(dir, 'taken');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'x');
    await expect(writeFileWhole(path, Buffer.from('data'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('fails in words when the folder is gone', async () => {
    const path = join(dir, 'missing', 'report.pdf');
    const error = await writeFileWhole(path, Buffer.from('x')).catch((e: unknown) => e);
    expect(writeFailure(path, error)).toBe(`The folder ${join(dir, 'missing')} does not exist any more. Choose another folder.`);
  });
});

describe('safeFileName', () => {
  it('keeps ordinary names and strips folders and characters some systems refuse', () => {
    expect(safeFileName('Acme Ltd — status update 2026-11-24.pdf')).toBe('Acme Ltd — status update 2026-11-24.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\a.pdf')).toBe('a.pdf');
    expect(safeFileName('Q3: "good" <news>?.md')).toBe('Q3_ _good_ _news__.md');
    expect(safeFileName('..')).toBe('report');
    expect(safeFileName('.hidden.csv')).toBe('hidden.csv');
  });
});
