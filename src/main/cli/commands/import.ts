// `maillage --db FILE import FORMAT PATH`: the same preview-free import as the app's Import page
// (parse everything, then one transaction), then the new merge proposals to review.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_TEMPLATES, IMPORT_FORMATS, type CsvTemplate, type ImportFormat, type ImportSummary } from '../../../shared/imports';
import { MaillageError } from '../../../shared/errors';
import { UsageError } from '../errors';
import { dictionary } from '../../../shared/own-key';
import { withGate } from '../gate';

function parseMapping(raw: string | undefined): Record<string, string> | undefined {
  if (raw === undefined) return undefined;
  const mapping = dictionary<string>();
  for (const pair of raw.split(',')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map: expected "File header=field,…", got "${pair}"`);
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return mapping;
}

/** "1 person", "2 people": the count and its noun, singular or plural. */
const counted = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export function describeSummary(summary: ImportSummary): string[] {
  if (summary.alreadyImported) return [`this file was already imported (import #${summary.batchId}): nothing added`];
  const a = summary.added;
  const lines = [
    `import #${summary.batchId}: added ${a.people} people, ${a.interactions} interactions, ${a.follows} follows, ${a.events} events, ${a.attendance} attendances`,
    `${counted(summary.matchedPeople, 'person was', 'people were')} already known; ${counted(summary.duplicateInteractions, 'interaction was', 'interactions were')} already there`,
  ];
  if (summary.proposedMerges) lines.push(`${summary.proposedMerges} possible duplicates to review: maillage --db FILE merges`);
  for (const w of summary.warnings.slice(0, 20)) lines.push(`warning: ${w.line !== undefined ? `line ${w.line}: ` : ''}${w.message}`);
  if (summary.warnings.length > 20) lines.push(`… and ${summary.warnings.length - 20} more warnings`);
  return lines;
}

export async function importCommand(db: string | undefined, args: string[], out: (line: string) => void, err: (line: string) => void = () => {}): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { template: { type: 'string' }, map: { type: 'string' }, progress: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (!db) throw new UsageError('import needs --db FILE');
  const [format, path] = positionals;
  if (!format || !path || positionals.length > 2) throw new UsageError(`usage: maillage --db FILE import FORMAT PATH (FORMAT: ${IMPORT_FORMATS.join(', ')})`);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": expected ${IMPORT_FORMATS.join(', ')}`);
  if (values.template !== undefined && !(CSV_TEMPLATES as readonly string[]).includes(values.template)) {
    throw new UsageError(`--template: expected ${CSV_TEMPLATES.join(', ')}, got "${values.template}"`);
  }
  if (!existsSync(path)) {
    throw new MaillageError('failed', `${basename(path)}: no such file or folder`, 'importFile', { file: basename(path), reason: 'no such file or folder' });
  }
  const csvMapping = parseMapping(values.map);
  const onProgress = values.progress
    ? ({ job, phase, done, total }: { job: string; phase: string; done: number; total: number }) => {
        if (job === 'import' && phase !== 'done') err(`progress: ${phase} ${done}/${total}`);
      }
    : undefined;
  await withGate(db, 'import', async (gate) => {
    const summary = await gate.call('import:commit', {
      staged: gate.stage(path),
      format: format as ImportFormat,
      ...(values.template !== undefined ? { csvTemplate: values.template as CsvTemplate } : {}),
      ...(csvMapping ? { csvMapping } : {}),
    });
    for (const line of describeSummary(summary)) out(line);
  }, { create: true, ...(onProgress ? { onProgress } : {}) });
}

/** `maillage --db FILE imports [--remove ID]`: the provenance of the network, and undoing an import. */
export async function importsCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { remove: { type: 'string' } }, strict: true });
  if (!db) throw new UsageError('imports needs --db FILE');
  await withGate(db, 'imports', async (gate) => {
    if (values.remove !== undefined) {
      const id = Number(values.remove);
      if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--remove: expected an import number, got "${values.remove}"`);
      await gate.call('imports:remove', { id });
      out(`import #${id} removed`);
      return;
    }
    for (const batch of await gate.call('imports:list', undefined)) {
      const c = batch.counts;
      out(`#${batch.id}\t${batch.importedAt}\t${batch.format}\t${batch.fileName}\t${c.people ?? 0} people, ${c.interactions ?? 0} interactions`);
    }
  });
}
