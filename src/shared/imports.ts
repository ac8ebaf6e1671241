// What the Import page and the CLI show about an import: the preview before, the summary after,
// the list of past imports (provenance), and identity-resolution proposals.
import type { ErrorParams } from './errors';
import type { ImportWarningInfo } from './import-reasons';

export const IMPORT_FORMATS = ['linkedin', 'x-archive', 'x-api-jsonl', 'csv', 'gexf', 'graphml', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_TEMPLATES = ['people', 'interactions', 'events', 'attendance'] as const;
export type CsvTemplate = (typeof CSV_TEMPLATES)[number];

/** The fields of each CSV template (DESIGN.md), in the order of the template's header. */
export const CSV_TEMPLATE_FIELDS: Record<CsvTemplate, string[]> = {
  people: ['name', 'role', 'organisation', 'title', 'gender', 'followers', 'x_handle', 'linkedin_url', 'email', 'tags'],
  interactions: ['from', 'to', 'kind', 'channel', 'at', 'weight'],
  events: ['name', 'kind', 'date', 'place', 'capacity'],
  attendance: ['person', 'event', 'role', 'status'],
};

/** For generic CSV: which template the file follows and how its headers map to its fields. */
export interface CsvMappingInfo {
  headers: string[];
  template: CsvTemplate | null;
  /** File header → template field ('' = ignored). */
  mapping: Record<string, string>;
  /** Fields of each template, for the mapping editor. */
  fields: Record<CsvTemplate, string[]>;
}

export interface ImportCounts {
  people: number;
  interactions: number;
  follows: number;
  events: number;
  attendance: number;
}

export interface ImportPreview {
  staged: string;
  fileName: string;
  size: number;
  format: ImportFormat;
  counts: ImportCounts;
  /** People of the file already in the network (same handle). */
  knownPeople: number;
  samplePeople: Array<{ name: string; organisation: string | null; role: string | null; handles: string[] }>;
  sampleInteractions: Array<{ from: string; to: string; kind: string; channel: string; at: string | null }>;
  /** `params`: the import error a warning stands for (the mapper's reason), for the UI to translate. */
  warnings: Array<ImportWarningInfo & { params?: ErrorParams }>;
  csv?: CsvMappingInfo;
  /** An X archive's audience snapshot: its lists are counted here, not added as people. */
  audience?: { followers: number | null; followings: number | null; takenAt: string | null };
}

export interface ImportSummary {
  batchId: number | null;
  /** True when this exact file was imported before: nothing was written. */
  alreadyImported: boolean;
  added: ImportCounts;
  /** People of the file recognised as people already in the network (same handle, or same name). */
  matchedPeople: number;
  /** Interactions already in the network (same source id): a newer export adds only what is new. */
  duplicateInteractions: number;
  /** Pairs that may be the same person (same name and organisation, different handles), for review. */
  possibleDuplicates: Array<{ existing: number; imported: number; reason: string }>;
  warnings: ImportWarningInfo[];
  /** New merge proposals waiting for review after this import. */
  proposedMerges?: number;
}

export interface ImportBatchInfo {
  id: number;
  fileName: string;
  format: string;
  importedAt: string;
  counts: Partial<ImportCounts>;
}

export interface MergePersonInfo {
  id: number;
  name: string;
  organisation: string | null;
  role: string;
  handles: Array<{ kind: string; value: string }>;
  interactions: number;
}

export interface MergeProposal {
  id: number;
  reason: 'name_organisation' | 'name';
  status: 'pending' | 'accepted' | 'rejected';
  a: MergePersonInfo;
  b: MergePersonInfo;
}

export interface MergeRecord {
  id: number;
  keptId: number;
  keptName: string;
  mergedName: string;
  mergedAt: string;
  undoneAt: string | null;
}

export interface MergeOverview {
  proposals: MergeProposal[];
  merges: MergeRecord[];
}

export interface ExportFile {
  fileName: string;
  mime: string;
  content: string;
}
