// Builds the three parts of the Electron app: main (ESM), the sandboxed preload (CommonJS, one
// file: a sandboxed preload cannot import), and the renderer (React). The renderer bundle is
// also what `maillage serve` serves.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/electron/main.ts'),
          // The score run's worker thread, loaded by file name (see core/scores/job.ts).
          'score-worker': resolve(import.meta.dirname, 'src/main/core/scores/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
