// Exports of a network, one format a file; this is the one place that knows them all.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { CsvSeparator } from '../../../shared/csv';
import type { Db } from '../db/connection';
import { exportCsv } from './csv';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';
import { exportJson } from '../db/backup';
import { checkExportTarget } from './target';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** CSV only: "," (default) or ";" for spreadsheets that split on semicolons. */
  separator?: CsvSeparator;
}

const EXPORTERS: Record<ExportFormat, (db: Db, options: ExportOptions) => string> = {
  gexf: (db) => exportGexf(db),
  graphml: (db) => exportGraphml(db),
  csv: (db, options) => exportCsv(db, options.separator),
  json: (db) => exportJson(db),
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The export as text (what writeExport writes). */
export function exportText(db: Db, format: ExportFormat, options: ExportOptions = {}): string {
  const exporter = EXPORTERS[format];
  if (!exporter) throw new Error(`unknown export format "${String(format)}"; expected one of ${EXPORT_FORMATS.join(', ')}`);
  return exporter(db, options);
}

/**
 * Writes the export next to its target then renames it, so a failed export never leaves half a
 * file; refuses (ExportTargetError) a target that is the network itself, a locked network or any
 * SQLite file, checked before writing and again just before the rename.
 */
export async function writeExport(db: Db, format: ExportFormat, path: string, networkFile = ':memory:', options: ExportOptions = {}): Promise<{ bytes: number }> {
  checkExportTarget(path, networkFile);
  return writeExportText(exportText(db, format, options), path, networkFile);
}

/** Writes an export already made (the CLI gets its text through the gate) with the same checks. */
export async function writeExportText(text: string, path: string, networkFile = ':memory:'): Promise<{ bytes: number }> {
  checkExportTarget(path, networkFile);
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    checkExportTarget(path, networkFile);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { bytes: Buffer.byteLength(text) };
}
