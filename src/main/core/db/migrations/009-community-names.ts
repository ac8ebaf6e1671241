// Schema v9: communities with names that last across score runs. A run's communities are
// numbered by the run (score.community); each is tied to a lasting community, found again in
// the next run by member overlap, named after its most influential member or its dominant
// organisation, or as the user renamed it.
export const sql = /* sql */ `
CREATE TABLE community (
  id          INTEGER PRIMARY KEY,
  name_kind   TEXT NOT NULL CHECK (name_kind IN ('person', 'organisation', 'custom')),
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),   -- the member's or organisation's name, or the user's
  created_at  TEXT NOT NULL
);

CREATE TABLE run_community (
  run_id        INTEGER NOT NULL REFERENCES score_run(id) ON DELETE CASCADE,
  community     INTEGER NOT NULL,                                      -- the run's own number (score.community)
  community_id  INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
  size          INTEGER NOT NULL,
  PRIMARY KEY (run_id, community),
  UNIQUE (run_id, community_id)
);
CREATE INDEX run_community_community ON run_community(community_id);
`;
