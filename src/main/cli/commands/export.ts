// `maillage --db FILE export FORMAT PATH [--separator ';']`: GEXF / GraphML with scores as node attributes, CSV of
// people and scores (formula-safe), or a full JSON backup. Written to a temporary name first,
// never over the network itself, a locked network or any SQLite file (core/export/target.ts).
import { parseArgs } from 'node:util';
import { CSV_SEPARATORS, type CsvSeparator } from '../../../shared/csv';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/imports';
import { MaillageError } from '../../../shared/errors';
import { UsageError } from '../errors';
import { ExportTargetError, withGate } from '../gate';

export async function exportCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { separator: { type: 'string' } }, allowPositionals: true, strict: true });
  if (!db) throw new UsageError('export needs --db FILE');
  const [format, path] = positionals;
  if (!format || !path || positionals.length > 2) throw new UsageError(`usage: maillage --db FILE export FORMAT PATH [--separator ';'] (FORMAT: ${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": expected ${EXPORT_FORMATS.join(', ')}`);
  const separator = values.separator;
  if (separator !== undefined && format !== 'csv') throw new UsageError('--separator applies to csv exports only');
  if (separator !== undefined && !(CSV_SEPARATORS as readonly string[]).includes(separator)) throw new UsageError(`--separator: expected "," or ";", got "${separator}"`);
  await withGate(db, 'export', async (gate) => {
    let bytes: number;
    try {
      ({ bytes } = await gate.exportTo(format as ExportFormat, path, separator as CsvSeparator | undefined));
    } catch (error) {
      if (error instanceof ExportTargetError) throw new UsageError(error.message);
      if (error instanceof MaillageError) throw error;
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    out(`wrote ${path} (${format}, ${bytes} bytes)`);
  });
}
