import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Tend';
export const DB_FILE_NAME = 'tend.db';

/**
 * The per-user data folder, computed the way Electron's `app.getPath('userData')`
 * does for an app named "Tend", so the desktop app, the browser host and the CLI
 * open the same file without the backend importing Electron.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--db FILE` wins, then `TEND_DB`, then the per-user default. */
export function resolveDbFile(cliValue: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (cliValue) return cliValue;
  if (env.TEND_DB) return env.TEND_DB;
  return join(userDataDir(env), DB_FILE_NAME);
}
