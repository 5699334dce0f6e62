import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiMethod, type TendApi } from '../../shared/contract';
import { fail } from '../../shared/result';

export const IPC_CHANNEL = 'tend:call';

/**
 * Serves the contract over one IPC channel. Only the app's own page may call
 * it: a frame loaded from anywhere else (an injected iframe, a navigated
 * window) is refused before the backend sees the request.
 */
export function serveApiOverIpc(api: TendApi, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(frameUrl)) return fail('unauthorized', 'This page is not allowed to use Tend.');
    if (typeof method !== 'string' || !(API_METHODS as string[]).includes(method)) return fail('not_found', `Unknown API method "${String(method)}".`);
    return api[method as ApiMethod](args as never);
  });
}
