// Finds the built renderer bundle (out/renderer) from wherever this code runs: the source tree
// (through tsx) or a bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'maillage') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find Maillage's package.json above ${from}`);
    dir = parent;
  }
}

export function defaultRendererDir(): string {
  return join(packageRoot(), 'out', 'renderer');
}
