// The import batches of the store: provenance, "already imported", and who an import would recognise.
import type { ImportBatchInfo } from '../../../shared/imports';
import type { ImportBundle } from '../import/bundle';
import type { Db } from './connection';

/** The batch that imported these very bytes in this format, if any. */
export function importBatchByHash(db: Db, format: string, hash: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM import_batch WHERE format = ? AND content_hash = ?').get(format, hash) as { id: number } | undefined;
}

/** How many people of a bundle the network already knows (the owner, or a handle on file). */
export function countKnownPeople(db: Db, bundle: ImportBundle): number {
  const find = db.prepare('SELECT 1 FROM handle WHERE kind = ? AND value = ?');
  return bundle.people.filter((p) => p.isMe || p.handles.some((h) => find.get(h.kind, h.value) !== undefined)).length;
}

export function listImportBatches(db: Db): ImportBatchInfo[] {
  const rows = db.prepare('SELECT id, file_name, format, imported_at, counts FROM import_batch ORDER BY id DESC').all() as Array<{
    id: number;
    file_name: string;
    format: string;
    imported_at: string;
    counts: string;
  }>;
  return rows.map((r) => ({ id: r.id, fileName: r.file_name, format: r.format, importedAt: r.imported_at, counts: JSON.parse(r.counts) as ImportBatchInfo['counts'] }));
}
