// Builds the three parts of the Electron app: main (ESM), the sandboxed preload (CommonJS, one
// file: a sandboxed preload cannot import), and the renderer (React). The renderer bundle is
// also what `maillage serve` serves. Targets are the Node and Chromium of the pinned Electron,
// stated in scripts/electron-targets.ts (electron-vite 6 does not know Electron 45).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { electronTargets } from './scripts/electron-targets';

const electronVersion = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8')) as { version: string }).version;
const targets = electronTargets(electronVersion);

export default defineConfig({
  main: {
    build: {
      target: targets.node,
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
      target: targets.node,
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
      target: targets.chrome,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
