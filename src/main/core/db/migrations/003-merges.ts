// Schema v3: identity resolution. Likely duplicates are proposed (never merged silently); every
// accepted merge keeps what it changed, so it can be undone — even after a restart.
// No foreign keys to person here on purpose: a merge deletes the merged person, and its
// proposal and log must outlive that row for undo to work.
export const sql = /* sql */ `
CREATE TABLE merge_candidate (
  id          INTEGER PRIMARY KEY,
  person_a    INTEGER NOT NULL,                 -- the smaller id: kept when the merge is accepted
  person_b    INTEGER NOT NULL,
  reason      TEXT NOT NULL,                    -- 'name_organisation' | 'name'
  status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','rejected')),
  created_at  TEXT NOT NULL,
  decided_at  TEXT,
  UNIQUE (person_a, person_b),
  CHECK (person_a < person_b)
);
CREATE TABLE person_merge (
  id            INTEGER PRIMARY KEY,
  candidate_id  INTEGER,
  kept_id       INTEGER NOT NULL,
  merged_id     INTEGER NOT NULL,
  snapshot      TEXT NOT NULL,                  -- JSON: the rows the merge changed, for undo
  merged_at     TEXT NOT NULL,
  undone_at     TEXT
);
`;
