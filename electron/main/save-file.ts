import { app, dialog, type BrowserWindow } from 'electron';
import { extname, join } from 'node:path';
import { apiArgs, type ApiResults } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { safeFileName, writeFailure, writeFileWhole } from './write-file';

const KIND_NAMES: Record<string, string> = {
  pdf: 'PDF document',
  html: 'Web page',
  md: 'Markdown text',
  csv: 'CSV spreadsheet',
  xlsx: 'Excel workbook',
};

/**
 * `files.save` in the desktop app: the native save dialog, then the bytes
 * written whole to the chosen path (or not at all). Lives in the shell, like
 * `files.pick`: the page never names a path, the user does. Null when the
 * user cancels.
 */
export async function saveFileWithDialog(window: BrowserWindow | null, args: unknown): Promise<Result<ApiResults['files.save']>> {
  const parsed = apiArgs['files.save'].safeParse(args);
  if (!parsed.success) return fail('invalid_argument', 'The file to save was not understood. Export it again.');
  const name = safeFileName(parsed.data.suggestedName);
  const extension = extname(name).slice(1).toLowerCase();
  const options: Electron.SaveDialogOptions = {
    title: `Save ${name}`,
    defaultPath: join(app.getPath('documents'), name),
    filters: extension
      ? [
          { name: KIND_NAMES[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] },
          { name: 'All files', extensions: ['*'] },
        ]
      : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return ok(null);
  try {
    await writeFileWhole(chosen.filePath, Buffer.from(parsed.data.data, 'base64'));
  } catch (error) {
    return fail('invalid_argument', writeFailure(chosen.filePath, error));
  }
  return ok({ path: chosen.filePath });
}
