// Schema v8: what a CMO's own data needs to be told truly.
//
// - New interaction kinds. `connection`: a LinkedIn connection was accepted by both people, so it
//   is stored as two directed rows (owner → contact and contact → owner) of its own kind, not as
//   a one-way `met`: the pair is then reciprocal in the network view and in the reciprocity
//   score, PageRank sees a tie that goes both ways, and a connection is not mistaken for a
//   meeting by tie strength, event impact or matchmaking (which count `met`). `invitation`,
//   `endorsement` and `recommendation`: the other directed records of a LinkedIn archive.
//   `call` and `lunch`: what a user logs by hand, beside `met` and `message`.
// - interaction.note: the note a user types when logging an interaction by hand.
// - person.role_source: where a person's role comes from — `user` (typed, or a role column of a
//   file the user made), `inferred` (guessed from the title or organisation at import, shown as
//   a suggestion and replaced by a better guess later), `none` (no role known: 'other').
//
// The interaction table is rebuilt as in v6/v7 (SQLite cannot alter a CHECK); ids are kept.
// Connections imported by earlier versions (one `met` from the owner, external id
// "linkedin:connection:<slug>") become the two `connection` rows the importer now writes, so a
// newer export of the same connections adds nothing and the old ones turn reciprocal.
export const sql = /* sql */ `
CREATE TABLE interaction_v8 (
  id               INTEGER PRIMARY KEY,
  from_person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  to_person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind = 'mention' OR kind = 'reply' OR kind = 'quote' OR kind = 'repost'
                                        OR kind = 'like' OR kind = 'comment' OR kind = 'message' OR kind = 'met'
                                        OR kind = 'connection' OR kind = 'invitation' OR kind = 'endorsement'
                                        OR kind = 'recommendation' OR kind = 'call' OR kind = 'lunch'),
  channel          TEXT NOT NULL CHECK (channel = 'x' OR channel = 'linkedin' OR channel = 'email'
                                        OR channel = 'in_person' OR channel = 'other'),
  at               TEXT,                                    -- ISO 8601, UTC; NULL when unknown
  weight           REAL NOT NULL DEFAULT 1 CHECK (weight > 0), -- multiplier on the kind weight
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
  external_id      TEXT,                                    -- unique: interaction_external_id
  note             TEXT,                                    -- typed by the user when logged by hand
  CHECK (from_person_id <> to_person_id)
);
INSERT INTO interaction_v8 (id, from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id)
  SELECT id, from_person_id, to_person_id,
         CASE WHEN kind = 'met' AND channel = 'linkedin' AND external_id LIKE 'linkedin:connection:%' THEN 'connection' ELSE kind END,
         channel, at, weight, import_batch_id,
         CASE WHEN kind = 'met' AND channel = 'linkedin' AND external_id LIKE 'linkedin:connection:%' THEN external_id || ':out' ELSE external_id END
  FROM interaction ORDER BY id;
INSERT INTO interaction_v8 (from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id)
  SELECT to_person_id, from_person_id, 'connection', 'linkedin', at, weight, import_batch_id, substr(external_id, 1, length(external_id) - 4) || ':in'
  FROM interaction_v8 WHERE kind = 'connection' AND external_id LIKE 'linkedin:connection:%:out' ORDER BY id;
DROP TABLE interaction;
ALTER TABLE interaction_v8 RENAME TO interaction;
CREATE UNIQUE INDEX interaction_external_id ON interaction(external_id);
CREATE INDEX interaction_from ON interaction(from_person_id, to_person_id, kind, weight, channel, at);
CREATE INDEX interaction_to ON interaction(to_person_id);

ALTER TABLE person ADD COLUMN role_source TEXT NOT NULL DEFAULT 'none'
  CHECK (role_source = 'user' OR role_source = 'inferred' OR role_source = 'none');
UPDATE person SET role_source = 'user' WHERE role <> 'other';
`;
