import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The import-layer rule of docs/architecture.md, as code:
 *  - shared/ imports nothing outside shared/ (zod excepted: the contract's schemas);
 *  - renderer/ never imports Node built-ins, `electron`, or electron/ code;
 *  - the backend (electron/backend, electron/cli, electron/host) never imports `electron`
 *    or the Electron shell (electron/main, electron/preload).
 */
export interface LayerViolation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SHARED_PACKAGES = new Set(['zod']);
/** Tests beside pure code may use the test tools, nothing else from outside. */
const TEST_PACKAGES = new Set(['vitest', 'fast-check']);
/** Build configuration runs in Node even when it sits in a UI folder. */
const CONFIG_FILES = new Set(['renderer/vite.config.ts']);

function sourceFiles(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) out.push(full);
    }
  };
  try {
    walk(join(root, folder));
  } catch {
    // A missing folder has nothing to check.
  }
  return out;
}

function layerOf(path: string): string {
  if (path.startsWith('shared/')) return 'shared';
  if (path.startsWith('renderer/')) return 'renderer';
  if (path.startsWith('electron/main/') || path.startsWith('electron/preload/')) return 'shell';
  if (path.startsWith('electron/')) return 'backend';
  return 'other';
}

export function checkLayers(root: string): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const full of ['shared', 'renderer', 'electron'].flatMap((f) => sourceFiles(root, f))) {
    const file = relative(root, full).split(sep).join('/');
    if (CONFIG_FILES.has(file)) continue;
    const layer = layerOf(file);
    const text = readFileSync(full, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      const line = text.slice(0, match.index + match[0].indexOf(specifier)).split('\n').length;
      const target = specifier.startsWith('.') ? relative(root, resolve(dirname(full), specifier)).split(sep).join('/') : null;
      const fail = (rule: string) => violations.push({ file, line, specifier, rule });
      if (layer === 'shared') {
        const allowed = /\.test\.tsx?$/.test(file) ? new Set([...SHARED_PACKAGES, ...TEST_PACKAGES]) : SHARED_PACKAGES;
        if (target !== null ? !target.startsWith('shared/') : !allowed.has(specifier.split('/')[0]!)) fail('shared/ imports nothing outside shared/');
      } else if (layer === 'renderer') {
        if (NODE_BUILTINS.has(specifier) || specifier === 'electron' || specifier.startsWith('electron/')) fail('renderer/ never imports Node or Electron');
        if (target?.startsWith('electron/')) fail('renderer/ reaches the backend only through the contract');
      } else if (layer === 'backend') {
        if (specifier === 'electron' || specifier.startsWith('electron/')) fail('the backend never imports electron');
        if (target?.startsWith('electron/main') || target?.startsWith('electron/preload')) fail('the backend never imports the Electron shell');
      }
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
