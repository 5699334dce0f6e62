#!/usr/bin/env node
// `npm start`: the desktop window when Electron's runtime is here (or its own
// installer can fetch it), otherwise one sentence saying why and the same
// console in the browser. `npm start -- --web` (= `npm run web`) skips Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function electronBinary() {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Returns null when the desktop app can start, else the one sentence that says why not. */
function whyNoDesktop() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'There is no graphical display here, so Tend opens in your browser instead.';
  }
  if (!electronBinary()) {
    console.log("Fetching Electron's runtime with its own installer…");
    const install = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { stdio: 'ignore', timeout: 180_000 });
    if (install.status !== 0 || !electronBinary()) {
      return "Electron's runtime could not be downloaded on this machine, so Tend opens in your browser instead.";
    }
  }
  if (!existsSync(join(root, '.tend-electron', 'better_sqlite3.node'))) {
    const rebuild = spawnSync(process.execPath, [join(root, 'scripts', 'build-electron-sqlite.mjs')], { stdio: 'inherit' });
    if (rebuild.status !== 0) return "Tend's database engine could not be built for Electron here, so Tend opens in your browser instead.";
  }
  return null;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function startWeb() {
  const built = join(root, 'out', 'renderer', 'index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('Building the console…');
    run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  }
  const host = spawn(bin('tsx'), ['electron/host/main.ts', ...passThrough], { cwd: root, stdio: 'inherit' });
  host.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
}

/** Chromium swallows `--db FILE`; the desktop app reads `--db=FILE`. */
function joinOptionValues(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '--db' && i + 1 < list.length) out.push(`--db=${list[++i]}`);
    else out.push(list[i]);
  }
  return out;
}

function startDesktop() {
  run(bin('electron-vite'), ['build', '--logLevel', 'warn']);
  const app = spawn(electronBinary(), [root, ...joinOptionValues(passThrough)], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}

if (webOnly) startWeb();
else {
  const reason = whyNoDesktop();
  if (reason) {
    console.log(reason);
    startWeb();
  } else startDesktop();
}
