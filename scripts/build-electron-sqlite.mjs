#!/usr/bin/env node
// Builds a second copy of better-sqlite3 against Electron's ABI into
// .tend-electron/better_sqlite3.node. node_modules keeps the Node build that
// the tests, the CLI and the browser host load; the Electron main process
// passes this file to better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, '.tend-electron');
const work = join(target, 'better-sqlite3');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const nodeGyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');

if (!existsSync(nodeGyp)) {
  console.error('node-gyp is missing; run "npm install" first.');
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
console.log(`Building the database engine for Electron ${electronVersion} (about 1.5 minutes)…`);
const build = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error("Could not build better-sqlite3 for Electron (Electron's headers must be downloadable). The browser console (npm run web) is unaffected.");
  process.exit(1);
}
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(target, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`Built ${join(target, 'better_sqlite3.node')}`);
