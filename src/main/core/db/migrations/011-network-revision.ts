// Schema v11: one rule for "are these scores still true". A counter moves with every write that
// scores read (people, their audience and post counts, follows, interactions), by triggers, so no
// writer — an import, an edit, an undo, a merge, an erasure, the CLI — can forget to say so; a
// score run keeps the revision it read, and is stale once the counter has moved on. A counter, not
// a clock: two writes in the same millisecond as a run are still told apart. Rewriting a row with
// the same values (an undo restoring a note) moves nothing. A later migration that rebuilds one of
// these tables must create its triggers again (migrations.test.ts checks they are all there).
const bump = /* sql */ `BEGIN UPDATE network_revision SET revision = revision + 1 WHERE id = 1; END;`;

export const sql = /* sql */ `
CREATE TABLE network_revision (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  revision  INTEGER NOT NULL
);
-- Runs computed before v11: the newest is taken as current (revision 1) when nothing scores read
-- changed after it by the stamps v8-v10 kept; every other run is older than the network (0).
INSERT INTO network_revision (id, revision) VALUES (1, 1);
ALTER TABLE score_run ADD COLUMN network_revision INTEGER NOT NULL DEFAULT 0;
UPDATE score_run SET network_revision = 1
WHERE id = (SELECT max(id) FROM score_run)
  AND NOT EXISTS (SELECT 1 FROM person WHERE created_at > score_run.created_at)
  AND NOT EXISTS (SELECT 1 FROM import_batch WHERE imported_at > score_run.created_at)
  AND NOT EXISTS (SELECT 1 FROM person_merge WHERE merged_at > score_run.created_at OR undone_at > score_run.created_at)
  AND NOT EXISTS (SELECT 1 FROM edit_log WHERE at > score_run.created_at
    AND (changes LIKE '%"table":"interaction"%' OR changes LIKE '%"table":"follow"%'
      OR changes LIKE '%"table":"person","op":"i"%' OR changes LIKE '%"table":"person","op":"d"%'))
  AND NOT EXISTS (SELECT 1 FROM network_setting WHERE key = 'network_changed_at' AND value >= score_run.created_at);
DELETE FROM network_setting WHERE key = 'network_changed_at';

CREATE TRIGGER revision_person_i AFTER INSERT ON person ${bump}
CREATE TRIGGER revision_person_d AFTER DELETE ON person ${bump}
CREATE TRIGGER revision_person_u AFTER UPDATE OF followers, original_posts, reposts ON person
  WHEN OLD.followers IS NOT NEW.followers OR OLD.original_posts IS NOT NEW.original_posts OR OLD.reposts IS NOT NEW.reposts ${bump}
CREATE TRIGGER revision_follow_i AFTER INSERT ON follow ${bump}
CREATE TRIGGER revision_follow_d AFTER DELETE ON follow ${bump}
CREATE TRIGGER revision_follow_u AFTER UPDATE ON follow ${bump}
CREATE TRIGGER revision_interaction_i AFTER INSERT ON interaction ${bump}
CREATE TRIGGER revision_interaction_d AFTER DELETE ON interaction ${bump}
CREATE TRIGGER revision_interaction_u AFTER UPDATE ON interaction
  WHEN OLD.from_person_id IS NOT NEW.from_person_id OR OLD.to_person_id IS NOT NEW.to_person_id OR OLD.kind IS NOT NEW.kind
    OR OLD.channel IS NOT NEW.channel OR OLD.at IS NOT NEW.at OR OLD.weight IS NOT NEW.weight ${bump}
`;
