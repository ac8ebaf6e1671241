// Schema v12: X followers and followings are audience, not people (issue #14 part 6), and each X
// import is a dated snapshot of the owner's audience (issue #17 part 1, the organic-growth audit).
//
// - audience_snapshot: one per X import that lists the owner's followers or followings, dated by
//   the archive's own generation date (data/manifest.js), an API collection's retrieval time
//   (twarc2's follower lists), or else the import time. Removing the
//   import removes its snapshot (a restored JSON backup brings several in one import).
// - audience_member: who followed / was followed by the owner in that snapshot, by X account id
//   (archives name followers by id only). An account that is also a person of the network (it
//   interacts, or another import knows it) keeps its `follow` rows as before; an account known
//   only from follow lists is no person at all, so no reader of `person` (network view, People,
//   rankings, scores, invite pools, exports) ever meets it.
// - person.followers_at: when `followers` was counted, so that a newer count replaces an older
//   one even when lower, and an older file imported later does not overwrite a newer count.
//
// Existing networks: v1–v11 made a person ("X user 700") and a `follow` row per account of an
// archive's follower/following lists. Those rows become one snapshot (the follow table kept only
// the first import of each follow, so earlier snapshots cannot be told apart), dated by the last
// X archive import; people known only that way — no interaction, attendance, user edit, merge,
// reminder, note, tag, role, title, organisation, nor handle other than the X id — are removed
// from the people and kept as audience. The owner's follower count, when unknown, becomes the
// number of followers the snapshot holds.
export const sql = /* sql */ `
CREATE TABLE audience_snapshot (
  id               INTEGER PRIMARY KEY,
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
  account_id       TEXT,                                  -- the owner's X account id, when known
  taken_at         TEXT NOT NULL,                         -- ISO 8601 UTC instant
  date_source      TEXT NOT NULL CHECK (date_source = 'archive' OR date_source = 'collection' OR date_source = 'import'),
  followers        INTEGER CHECK (followers >= 0),        -- NULL: the import has no follower list
  followings       INTEGER CHECK (followings >= 0),       -- NULL: the import has no following list
  created_at       TEXT NOT NULL
);
CREATE INDEX audience_snapshot_taken ON audience_snapshot(taken_at);
CREATE INDEX audience_snapshot_batch ON audience_snapshot(import_batch_id);

CREATE TABLE audience_member (
  snapshot_id  INTEGER NOT NULL REFERENCES audience_snapshot(id) ON DELETE CASCADE,
  direction    TEXT NOT NULL CHECK (direction = 'follower' OR direction = 'following'),
  account_id   TEXT NOT NULL,                             -- X account id (digits)
  PRIMARY KEY (snapshot_id, direction, account_id)
) WITHOUT ROWID;

ALTER TABLE person ADD COLUMN followers_at TEXT;

-- The follow rows an X archive wrote, as one snapshot dated by the last X archive import.
CREATE TEMP TABLE migrated_follow AS
  SELECT CASE WHEN f.followed_id = me.id THEN 'follower' ELSE 'following' END AS direction,
         (SELECT h.value FROM handle h WHERE h.person_id = CASE WHEN f.followed_id = me.id THEN f.follower_id ELSE f.followed_id END AND h.kind = 'x_id') AS account_id
  FROM follow f JOIN import_batch b ON b.id = f.import_batch_id AND b.format = 'x-archive'
  JOIN person me ON me.is_me = 1 AND (f.followed_id = me.id OR f.follower_id = me.id);
DELETE FROM migrated_follow WHERE account_id IS NULL;

INSERT INTO audience_snapshot (import_batch_id, account_id, taken_at, date_source, followers, followings, created_at)
  SELECT b.id,
         (SELECT h.value FROM handle h JOIN person me ON me.id = h.person_id AND me.is_me = 1 WHERE h.kind = 'x_id'),
         b.imported_at, 'import',
         (SELECT count(DISTINCT account_id) FROM migrated_follow WHERE direction = 'follower'),
         (SELECT count(DISTINCT account_id) FROM migrated_follow WHERE direction = 'following'),
         b.imported_at
  FROM import_batch b
  WHERE b.format = 'x-archive' AND EXISTS (SELECT 1 FROM migrated_follow)
  ORDER BY b.imported_at DESC, b.id DESC LIMIT 1;
INSERT OR IGNORE INTO audience_member (snapshot_id, direction, account_id)
  SELECT s.id, m.direction, m.account_id FROM audience_snapshot s, migrated_follow m;

UPDATE person SET followers = (SELECT followers FROM audience_snapshot), followers_at = (SELECT taken_at FROM audience_snapshot)
  WHERE is_me = 1 AND followers IS NULL AND EXISTS (SELECT 1 FROM audience_snapshot);

-- People a user edit touched, read once (the undo log's JSON is not indexed).
CREATE TEMP TABLE edited_person AS
  SELECT DISTINCT json_extract(c.value, '$.rowid') AS id FROM edit_log e, json_each(e.changes) c
  WHERE json_extract(c.value, '$.table') = 'person';

CREATE TEMP TABLE audience_only AS
  SELECT p.id FROM person p
  WHERE p.is_me = 0 AND p.name LIKE 'X user %' AND p.notes = '' AND p.tags = '[]' AND p.role_source = 'none'
    AND p.organisation_id IS NULL AND p.title IS NULL AND p.gender IS NULL
    AND EXISTS (SELECT 1 FROM import_batch b WHERE b.id = p.import_batch_id AND b.format = 'x-archive')
    AND EXISTS (SELECT 1 FROM handle h WHERE h.person_id = p.id AND h.kind = 'x_id' AND h.value IN (SELECT account_id FROM migrated_follow))
    AND NOT EXISTS (SELECT 1 FROM handle h WHERE h.person_id = p.id AND h.kind <> 'x_id')
    AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = p.id)
    AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.to_person_id = p.id)
    AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = p.id)
    AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.person_id = p.id)
    AND NOT EXISTS (SELECT 1 FROM merge_candidate m WHERE m.person_a = p.id OR m.person_b = p.id)
    AND NOT EXISTS (SELECT 1 FROM person_merge m WHERE m.kept_id = p.id OR m.merged_id = p.id)
    AND NOT EXISTS (SELECT 1 FROM follow f JOIN import_batch b ON b.id = f.import_batch_id
                    WHERE (f.follower_id = p.id OR f.followed_id = p.id) AND b.format <> 'x-archive')
    AND p.id NOT IN (SELECT id FROM edited_person WHERE id IS NOT NULL);
DELETE FROM follow WHERE follower_id IN (SELECT id FROM audience_only) OR followed_id IN (SELECT id FROM audience_only);
DELETE FROM handle WHERE person_id IN (SELECT id FROM audience_only);
DELETE FROM score WHERE person_id IN (SELECT id FROM audience_only);
DELETE FROM layout_position WHERE person_id IN (SELECT id FROM audience_only);
DELETE FROM person WHERE id IN (SELECT id FROM audience_only);
DROP TABLE audience_only;
DROP TABLE edited_person;
DROP TABLE migrated_follow;
`;
