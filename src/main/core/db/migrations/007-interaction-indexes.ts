// Schema v7: the interaction table's indexes, for reading and for large imports.
//
// - No index on interaction(at). No reader is faster with it. The network view and the score
//   run aggregate by (from, to) through the covering index interaction_from, which holds `at`
//   too; only the tie-strength reader (ties.ts: every interaction with a time, in the window)
//   chose it, and it made a wide window slow: measured on 1M interactions, the whole span read in
//   5.2 s through interaction_at (a table row fetched per key) and in 1.6 s without it (a scan of
//   the covering index); a one-month window in 212 ms with it, 242 ms without. Every large import
//   also spent ~1.1 s rebuilding it.
// - external_id unique through a named index instead of a UNIQUE column constraint: same rule
//   (NULLs allowed, ON CONFLICT(external_id) still targets it), but an index that a large import
//   can drop and build again once its rows are in, like the others (a constraint's index cannot
//   be dropped). Rows can then go in in file order, where their strings lie in memory in order;
//   in external-id order (what keeps a maintained unique index fast) they are read from all over
//   the heap. Measured on 1M rows: 6.1 s to insert in id order with the index kept, 3.9 s in file
//   order without it plus 1.2 s to build it.
//
// SQLite cannot drop a column constraint, so the table is rebuilt as in v6 (new table, copy,
// drop, rename, indexes again) in the migration's transaction; ids are kept.
export const sql = /* sql */ `
CREATE TABLE interaction_v7 (
  id               INTEGER PRIMARY KEY,
  from_person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  to_person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind = 'mention' OR kind = 'reply' OR kind = 'quote' OR kind = 'repost'
                                        OR kind = 'like' OR kind = 'comment' OR kind = 'message' OR kind = 'met'),
  channel          TEXT NOT NULL CHECK (channel = 'x' OR channel = 'linkedin' OR channel = 'email'
                                        OR channel = 'in_person' OR channel = 'other'),
  at               TEXT,                                    -- ISO 8601, UTC; NULL when unknown
  weight           REAL NOT NULL DEFAULT 1 CHECK (weight > 0), -- multiplier on the kind weight
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
  external_id      TEXT,                                    -- unique: interaction_external_id
  CHECK (from_person_id <> to_person_id)
);
INSERT INTO interaction_v7 (id, from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id)
  SELECT id, from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id FROM interaction ORDER BY id;
DROP TABLE interaction;
ALTER TABLE interaction_v7 RENAME TO interaction;
CREATE UNIQUE INDEX interaction_external_id ON interaction(external_id);
CREATE INDEX interaction_from ON interaction(from_person_id, to_person_id, kind, weight, channel, at);
CREATE INDEX interaction_to ON interaction(to_person_id);
`;
