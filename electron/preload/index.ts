import { contextBridge, ipcRenderer } from 'electron';
import { API_METHOD_NAMES, type ApiMethodName } from '../../shared/api-methods';
import type { TendApi } from '../../shared/contract';

/**
 * The page's only door to the backend: one `tend` object with exactly the
 * contract's methods, each forwarding to the one IPC channel. No raw
 * ipcRenderer, no other globals.
 */
const tend = Object.fromEntries(
  API_METHOD_NAMES.map((method: ApiMethodName) => [method, (args: unknown) => ipcRenderer.invoke('tend:call', method, args)]),
) as TendApi;

contextBridge.exposeInMainWorld('tend', Object.freeze(tend) satisfies TendApi);
