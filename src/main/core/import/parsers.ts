// One parser per format (one format a file); this table is the only place that knows them all.
import type { ImportBundle, ImportFormat } from './bundle';
import type { ParseOptions } from './common';
import { parseCsv, type CsvParseOptions } from './csv-generic';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { parseJsonBackup } from './json-backup';
import { parseLinkedIn } from './linkedin';
import { parseXApiJsonl } from './x-api-jsonl';
import { parseXArchive } from './x-archive';

export type ImportOptions = ParseOptions & CsvParseOptions;

export const PARSERS: Record<ImportFormat, (path: string, options: ImportOptions) => Promise<ImportBundle>> = {
  linkedin: parseLinkedIn,
  'x-archive': parseXArchive,
  'x-api-jsonl': parseXApiJsonl,
  csv: parseCsv,
  gexf: parseGexf,
  graphml: parseGraphml,
  json: parseJsonBackup,
};
