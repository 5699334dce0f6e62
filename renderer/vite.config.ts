import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The renderer build for the browser console (`npm run build:web`). The
 * desktop build in electron.vite.config.ts uses the same root and output, so
 * both ways in serve the very same files.
 */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
  },
});
