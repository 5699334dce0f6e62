import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/layers';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function write(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('the import-layer rule', () => {
  it('holds for the repository', () => {
    expect(checkLayers(resolve(import.meta.dirname, '../..'))).toEqual([]);
  });

  it('catches each kind of violation', () => {
    write('shared/a.ts', "import { x } from '../electron/backend/b';\nimport fs from 'node:fs';\nimport { z } from 'zod';");
    write('renderer/c.tsx', "import { readFile } from 'fs';\nimport { ipcRenderer } from 'electron';\nimport { openBackend } from '../electron/backend/backend';");
    write('electron/backend/d.ts', "import { app } from 'electron';\nconst w = await import('../main/window');");
    write('electron/main/e.ts', "import { app } from 'electron';\nimport { openBackend } from '../backend/backend';");
    const found = checkLayers(dir).map((v) => `${v.file}:${v.line}`);
    expect(found).toEqual([
      'electron/backend/d.ts:1',
      'electron/backend/d.ts:2',
      'renderer/c.tsx:1',
      'renderer/c.tsx:2',
      'renderer/c.tsx:3',
      'shared/a.ts:1',
      'shared/a.ts:2',
    ]);
  });
});
