// `maillage --db FILE export FORMAT PATH`: GEXF / GraphML with scores as node attributes, CSV of
// people and scores (formula-safe), or a full JSON backup. Written to a temporary name first.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/imports';
import { UsageError } from '../errors';
import { withGate } from '../gate';

export async function exportCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (!db) throw new UsageError('export needs --db FILE');
  const [format, path] = positionals;
  if (!format || !path || positionals.length > 2) throw new UsageError(`usage: maillage --db FILE export FORMAT PATH (FORMAT: ${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": expected ${EXPORT_FORMATS.join(', ')}`);
  await withGate(db, 'export', async (gate) => {
    const text = (await gate.call('export:file', { format: format as ExportFormat })).content;
    const partial = `${path}.partial`;
    try {
      writeFileSync(partial, text);
      renameSync(partial, path);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    out(`wrote ${path} (${format}, ${Buffer.byteLength(text)} bytes)`);
  });
}
