import { app, dialog, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startBackendThread, type BackendThread } from '../backend/worker/worker-api';
import { resolveDbFile } from '../backend/paths';
import { CONTENT_SECURITY_POLICY } from '../backend/security';
import { serveApiOverIpc } from './ipc';
import { electronSqliteBinding } from './native-binding';
import { startMorningNotifications } from './notifications';
import { createMainWindow } from './window';

app.setName('Tend');
// Windows shows notifications only for an app with a user model id.
if (process.platform === 'win32') app.setAppUserModelId('app.tend.desktop');
const rendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererFile = join(__dirname, '../renderer/index.html');
let backend: BackendThread | null = null;
let stopMorningNotifications: (() => void) | null = null;

const isTrustedUrl = (url: string) => (rendererUrl ? url.startsWith(rendererUrl) : url.startsWith('file://') && url.includes('/renderer/'));

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.whenReady().then(async () => {
  const binding = electronSqliteBinding(app.getAppPath(), process.resourcesPath);
  if (!binding) {
    dialog.showErrorBox(
      'Tend cannot open its database',
      'The database engine has not been built for the desktop app. Run "npm run electron:rebuild" once, or use "npm run web" to open Tend in your browser.',
    );
    app.exit(1);
    return;
  }
  const file = resolveDbFile(process.argv.find((a) => a.startsWith('--db='))?.slice(5));
  mkdirSync(dirname(file), { recursive: true });
  // The backend owns the database on its own thread, so the main process stays free for windows and IPC.
  backend = await startBackendThread(new URL('./backend-worker.js', import.meta.url), { file, nativeBinding: binding });

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  serveApiOverIpc(backend, isTrustedUrl);
  const window = createMainWindow(rendererUrl, rendererFile);
  stopMorningNotifications = startMorningNotifications(backend.api, () => window, join(app.getPath('userData'), 'morning-notification.json'));
});

app.on('window-all-closed', () => {
  stopMorningNotifications?.();
  void backend?.close().finally(() => app.quit());
  if (!backend) app.quit();
});
