// The import service the Import page and the CLI share: preview a staged file (what will be
// added, before anything is written), import it in one transaction, list and remove imports.
import { open } from 'node:fs/promises';
import { CSV_TEMPLATE_FIELDS, type CsvMappingInfo, type CsvTemplate, type ImportBatchInfo, type ImportFormat, type ImportPreview, type ImportSummary } from '../../shared/imports';
import type { ErrorParams } from '../../shared/errors';
import type { Db } from './db/connection';
import { ImportError, type ImportBundle } from './import/bundle';
import { csvRows, detectDelimiter } from './import/csv-rows';
import { csvEncodingError, detectCsvTemplate } from './import/csv-generic';
import { detectFormat } from './import/detect';
import { importFile, parseFile } from './import/run';
import type { StagedFile } from './import/staging';
import { countKnownPeople, listImportBatches } from './db/imports';
import { removeImport as removeBatch } from './db/import-write';
import { proposeMerges } from './db/merges';
import { ownValue } from '../../shared/own-key';

export interface ImportChoice {
  format?: ImportFormat | undefined;
  csvTemplate?: CsvTemplate | undefined;
  csvMapping?: Record<string, string> | undefined;
}

const SAMPLE_ROWS = 20;
const MAX_WARNINGS_SHOWN = 50;

async function resolveFormat(file: StagedFile, choice: ImportChoice): Promise<ImportFormat> {
  const format = choice.format ?? (await detectFormat(file.path, file.fileName));
  if (!format) {
    throw new ImportError(
      file.fileName,
      'the format could not be recognised: expected a LinkedIn Connections.csv, an X archive (.zip), X API JSONL, CSV, GEXF, GraphML or a Maillage JSON backup',
      {},
      { key: 'formatNotRecognised' },
    );
  }
  return format;
}

/** The header of a generic CSV file and the template/mapping detected (or chosen) for it. */
async function csvInfo(file: StagedFile, choice: ImportChoice): Promise<CsvMappingInfo> {
  const handle = await open(file.path, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const wrong = csvEncodingError(buffer.subarray(0, bytesRead), file.fileName);
    if (wrong) throw wrong;
    text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  const firstLine = text.split(/\r\n|\n|\r/)[0] ?? '';
  const headers = csvRows(firstLine, file.fileName, detectDelimiter(firstLine))[0]?.cells.map((h) => h.trim()) ?? [];
  const detected = detectCsvTemplate(headers);
  const template = choice.csvTemplate ?? detected?.template ?? null;
  const mapping = choice.csvMapping ?? (detected && detected.template === template ? detected.mapping : {});
  return { headers, template, mapping: Object.fromEntries(headers.map((h) => [h, ownValue(mapping, h) ?? ''])), fields: CSV_TEMPLATE_FIELDS };
}

function csvOptions(info: CsvMappingInfo | undefined) {
  if (!info?.template) return {};
  return { csvTemplate: info.template, csvMapping: Object.fromEntries(Object.entries(info.mapping).filter(([, field]) => field)) };
}


/** A CSV whose header fits no template: the user says what it holds, with the mapper. */
function columnsNotRecognised(file: StagedFile): ImportError {
  const reason = 'the columns were not recognised: choose what the file holds (people, interactions, events or attendance) and map its columns';
  return new ImportError(file.fileName, reason, {}, { key: 'columnsNotRecognised' });
}

/** A CSV preview with nothing to import yet: the column mapper on screen, with the reason. */
function mapperPreview(file: StagedFile, format: ImportFormat, csv: NonNullable<ImportPreview['csv']>, reason: string, params: ErrorParams): ImportPreview {
  return {
    staged: file.id,
    fileName: file.fileName,
    size: file.size,
    format,
    counts: { people: 0, interactions: 0, follows: 0, events: 0, attendance: 0 },
    knownPeople: 0,
    samplePeople: [],
    sampleInteractions: [],
    warnings: [{ message: reason, params }],
    csv,
  };
}

export async function previewImport(db: Db, file: StagedFile, choice: ImportChoice): Promise<ImportPreview> {
  const format = await resolveFormat(file, choice);
  const csv = format === 'csv' ? await csvInfo(file, choice) : undefined;
  if (csv && !csv.template) {
    // Nothing recognisable in the header: show it so the user can map the columns.
    const error = columnsNotRecognised(file);
    return mapperPreview(file, format, csv, error.reason, error.params);
  }
  let bundle: ImportBundle;
  try {
    bundle = await parseFile(format, file.path, { fileName: file.fileName, ...csvOptions(csv) });
  } catch (error) {
    // A CSV whose columns do not fit the chosen template yet: keep the mapper on screen with the
    // reason, so that the user maps the columns instead of meeting a dead end.
    if (!(csv && error instanceof ImportError)) throw error;
    return mapperPreview(file, format, csv, error.message, error.params);
  }
  const names = new Map(bundle.people.map((p) => [p.key, p.name || (p.handles[0] ? p.handles[0].value : p.key)]));
  return {
    staged: file.id,
    fileName: file.fileName,
    size: file.size,
    format,
    counts: {
      people: bundle.people.length,
      interactions: bundle.interactions.length,
      follows: bundle.follows.length,
      events: bundle.events.length,
      attendance: bundle.attendance.length,
    },
    knownPeople: countKnownPeople(db, bundle),
    ...(bundle.audiences?.length === 1 && bundle.format === 'x-archive'
      ? { audience: { followers: bundle.audiences[0]!.followers?.length ?? null, followings: bundle.audiences[0]!.followings?.length ?? null, takenAt: bundle.audiences[0]!.takenAt ?? null } }
      : {}),
    samplePeople: bundle.people.filter((p) => !p.isMe).slice(0, SAMPLE_ROWS).map((p) => ({
      name: p.name || (p.handles[0]?.value ?? ''),
      organisation: p.organisation ?? null,
      role: p.role ?? null,
      handles: p.handles.map((h) => (h.kind === 'x' ? `@${h.value}` : h.value)),
    })),
    sampleInteractions: bundle.interactions.slice(0, SAMPLE_ROWS).map((x) => ({
      from: names.get(x.from) ?? x.from,
      to: names.get(x.to) ?? x.to,
      kind: x.kind,
      channel: x.channel,
      at: x.at ?? null,
    })),
    warnings: bundle.warnings.slice(0, MAX_WARNINGS_SHOWN),
    ...(csv ? { csv } : {}),
  };
}

export async function commitImport(
  db: Db,
  file: StagedFile,
  choice: ImportChoice,
  onProgress?: (phase: 'read' | 'write', done: number, total: number) => void,
): Promise<ImportSummary> {
  const format = await resolveFormat(file, choice);
  const csv = format === 'csv' ? await csvInfo(file, choice) : undefined;
  if (csv && !csv.template) throw columnsNotRecognised(file);
  const summary = await importFile(db, format, file.path, {
    fileName: file.fileName,
    ...csvOptions(csv),
    onProgress: (done, total) => onProgress?.('read', done, total),
    onWriteProgress: (done, total) => onProgress?.('write', done, total),
  });
  return { ...summary, proposedMerges: summary.alreadyImported ? 0 : proposeMerges(db) };
}

export function listImports(db: Db): ImportBatchInfo[] {
  return listImportBatches(db);
}

/** Removes a whole import; the scores computed with it are stale after. */
export function removeImport(db: Db, batchId: number): { removed: boolean } {
  return removeBatch(db, batchId);
}
