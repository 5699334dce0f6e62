import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Electron-ABI build of better-sqlite3 lives. node_modules keeps the
 * Node build (tests, CLI, browser host); `npm run electron:rebuild` compiles a
 * second copy against Electron's headers into `.tend-electron/`, and a
 * packaged app ships it in its resources. Returns null when neither exists.
 */
export function electronSqliteBinding(appRoot: string, resourcesPath: string): string | null {
  const candidates = [join(resourcesPath, 'better_sqlite3.node'), join(appRoot, '.tend-electron', 'better_sqlite3.node')];
  return candidates.find((file) => existsSync(file)) ?? null;
}
