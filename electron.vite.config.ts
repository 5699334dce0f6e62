import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The backend runs on its own worker thread (electron/backend/worker).
          'backend-worker': resolve(import.meta.dirname, 'electron/backend/worker/backend-worker.ts'),
          // An import reads and plans the file on a thread of its own (electron/backend/import/reader-worker.ts);
          // it is loaded from beside the backend worker.
          'reader-worker': resolve(import.meta.dirname, 'electron/backend/import/reader-worker.ts'),
          // After a big import the WAL is folded into the database on another thread (electron/backend/db/background-checkpoint.ts).
          'checkpoint-worker': resolve(import.meta.dirname, 'electron/backend/db/checkpoint-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
