import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The native dialog, as the user would answer it: the test says what they pick.
const answer = vi.hoisted(() => ({ current: { canceled: false, filePath: '' }, options: null as unknown }));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/someone/Documents' },
  dialog: {
    showSaveDialog: async (...args: unknown[]) => {
      answer.options = args.at(-1);
      return answer.current;
    },
  },
}));

const { saveFileWithDialog } = await import('./save-file');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tend-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pdf = { suggestedName: 'Highvale Engineering — status update.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.7 body').toString('base64') };

describe('files.save in the desktop app', () => {
  it('offers the suggested name in Documents, with its kind, and writes the bytes where the user chose', async () => {
    const path = join(dir, 'update.pdf');
    answer.current = { canceled: false, filePath: path };
    const result = await saveFileWithDialog(null, pdf);
    expect(result).toEqual({ ok: true, value: { path } });
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 body');
    expect(await readdir(dir)).toEqual(['update.pdf']);
    expect(answer.options).toMatchObject({
      defaultPath: join('/home/someone/Documents', pdf.suggestedName),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }, { name: 'All files', extensions: ['*'] }],
    });
  });

  it('writes nothing and answers null when the user cancels', async () => {
    answer.current = { canceled: true, filePath: '' };
    expect(await saveFileWithDialog(null, pdf)).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says in words when the chosen folder cannot take the file, and leaves nothing behind', async () => {
    const path = join(dir, 'gone', 'update.pdf');
    answer.current = { canceled: false, filePath: path };
    const result = await saveFileWithDialog(null, pdf);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_argument', message: `The folder ${join(dir, 'gone')} does not exist any more. Choose another folder.` } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses arguments the contract does not allow before showing any dialog', async () => {
    answer.options = null;
    const result = await saveFileWithDialog(null, { suggestedName: '', mime: 'text/plain', data: '' });
    expect(result.ok).toBe(false);
    expect(answer.options).toBeNull();
  });
});
