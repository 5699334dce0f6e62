import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { basename } from 'node:path';
import type { BackendThread } from '../backend/worker/worker-api';
import { API_METHODS, type ApiMethod } from '../../shared/contract';
import { fail } from '../../shared/result';
import { saveFileWithDialog } from './save-file';

export const IPC_CHANNEL = 'tend:call';

/**
 * Serves the contract over one IPC channel. Only the app's own page may call
 * it: a frame loaded from anywhere else (an injected iframe, a navigated
 * window) is refused before the backend sees the request.
 */
export function serveApiOverIpc(backend: BackendThread, isTrustedUrl: (url: string) => boolean): void {
  const { api } = backend;
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(frameUrl)) return fail('unauthorized', 'This page is not allowed to use Tend.');
    if (typeof method !== 'string' || !(API_METHODS as string[]).includes(method)) return fail('not_found', `Unknown API method "${String(method)}".`);
    // The native dialogs live here, in the shell: only a path the user picked is ever read or written.
    if (method === 'files.pick') return pickFile(backend, BrowserWindow.fromWebContents(event.sender));
    if (method === 'files.save') return saveFileWithDialog(BrowserWindow.fromWebContents(event.sender), args);
    return api[method as ApiMethod](args as never);
  });
}

async function pickFile(backend: BackendThread, window: BrowserWindow | null) {
  const options: Electron.OpenDialogOptions = {
    title: 'Choose a contact log or account list',
    properties: ['openFile'],
    filters: [
      { name: 'Spreadsheets and exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = chosen.filePaths[0];
  if (chosen.canceled || !path) return { ok: true, value: null };
  return backend.registerFile(path, basename(path), false);
}
