// Schema v1: the data model of DESIGN.md. Append-only: never edit a shipped migration, add one.
export const sql = /* sql */ `
-- Provenance: one row per imported file; every imported row points back here so that an import
-- can be listed and removed, and re-importing the same file (same hash) is a no-op.
CREATE TABLE import_batch (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT NOT NULL,
  format        TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  counts        TEXT NOT NULL DEFAULT '{}',            -- JSON: what the import added, by table
  UNIQUE (format, content_hash)
);

-- Organisations, deduplicated by a normalised key (case, accents, legal suffixes) so that a
-- per-company invite cap counts "Stripe, Inc." and "stripe" once.
CREATE TABLE organisation (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  name_key  TEXT NOT NULL UNIQUE
);

CREATE TABLE person (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length(name) > 0),
  role             TEXT NOT NULL DEFAULT 'other'
                   CHECK (role IN ('cmo','peer','analyst','journalist','consultant','cio','expert','other')),
  organisation_id  INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  title            TEXT,
  gender           TEXT CHECK (gender IN ('f','m','x')),  -- optional, only for parity planning
  followers        INTEGER CHECK (followers >= 0),          -- audience, when imported
  notes            TEXT NOT NULL DEFAULT '',
  tags             TEXT NOT NULL DEFAULT '[]',              -- JSON array of strings
  is_me            INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0,1)),
  original_posts   INTEGER CHECK (original_posts >= 0),    -- creator ratio inputs, when the
  reposts          INTEGER CHECK (reposts >= 0),           -- person's own posts are known
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
  created_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX person_one_owner ON person(is_me) WHERE is_me = 1;
CREATE INDEX person_organisation ON person(organisation_id);

-- A person's identifiers. Unique per kind: the same X handle is always the same person.
CREATE TABLE handle (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('x','x_id','linkedin','email')),
  value      TEXT NOT NULL,                                 -- normalised (lower case, no @)
  UNIQUE (kind, value)
);
CREATE INDEX handle_person ON handle(person_id);

CREATE TABLE event (
  id                    INTEGER PRIMARY KEY,
  name                  TEXT NOT NULL CHECK (length(name) > 0),
  kind                  TEXT NOT NULL DEFAULT 'forum'
                        CHECK (kind IN ('forum','round_table','workshop','dinner','webinar')),
  date                  TEXT,                               -- ISO 8601 date
  place                 TEXT,
  capacity              INTEGER CHECK (capacity > 0),
  host_organisation_id  INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  import_batch_id       INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);

CREATE TABLE attendance (
  person_id        INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  event_id         INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  role             TEXT NOT NULL DEFAULT 'attendee' CHECK (role IN ('host','speaker','attendee')),
  status           TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','confirmed','declined','attended')),
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
  PRIMARY KEY (person_id, event_id)
);
CREATE INDEX attendance_event ON attendance(event_id);

-- Directed: from_person did something towards to_person. external_id makes re-imports
-- idempotent (e.g. "x:tweet:<id>:mention:<user id>").
CREATE TABLE interaction (
  id               INTEGER PRIMARY KEY,
  from_person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  to_person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('mention','reply','quote','repost','like','comment','message','met')),
  channel          TEXT NOT NULL CHECK (channel IN ('x','linkedin','email','in_person','other')),
  at               TEXT,                                    -- ISO 8601, UTC; NULL when unknown
  weight           REAL NOT NULL DEFAULT 1 CHECK (weight > 0), -- multiplier on the kind weight
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
  external_id      TEXT UNIQUE,
  CHECK (from_person_id <> to_person_id)
);
CREATE INDEX interaction_from ON interaction(from_person_id, to_person_id);
CREATE INDEX interaction_to ON interaction(to_person_id);
CREATE INDEX interaction_at ON interaction(at);

-- Audience edges: follower follows followed. Not part of the interaction graph.
CREATE TABLE follow (
  follower_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  followed_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  import_batch_id  INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
  PRIMARY KEY (follower_id, followed_id),
  CHECK (follower_id <> followed_id)
);
CREATE INDEX follow_followed ON follow(followed_id);

-- A computed run of every score: parameters (kind weights, window, channels), timings and
-- network-level results (modularity, reciprocity, sampling), so rankings compare across time.
CREATE TABLE score_run (
  id           INTEGER PRIMARY KEY,
  created_at   TEXT NOT NULL,
  params       TEXT NOT NULL,                               -- JSON
  window_from  TEXT,
  window_to    TEXT,
  channels     TEXT,                                        -- comma-separated, NULL = all
  timings      TEXT NOT NULL DEFAULT '{}',                  -- JSON, milliseconds per phase
  network      TEXT NOT NULL DEFAULT '{}',                  -- JSON, network-level values
  node_count   INTEGER NOT NULL,
  edge_count   INTEGER NOT NULL
);

-- One row per person per run, one column per score of DESIGN.md.
CREATE TABLE score (
  run_id         INTEGER NOT NULL REFERENCES score_run(id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  in_degree      INTEGER NOT NULL,
  out_degree     INTEGER NOT NULL,
  weighted_in    REAL NOT NULL,
  weighted_out   REAL NOT NULL,
  pagerank       REAL NOT NULL,
  betweenness    REAL NOT NULL,
  closeness      REAL NOT NULL,
  authority      REAL NOT NULL,
  hub            REAL NOT NULL,
  clustering     REAL NOT NULL,
  community      INTEGER NOT NULL,
  reciprocity    REAL,                                      -- NULL for people with no partner
  burt_constraint REAL,                                     -- NULL for isolates
  creator_ratio  REAL,                                      -- NULL where posts are unknown
  audience       INTEGER NOT NULL,
  influence      REAL NOT NULL,
  quadrant       TEXT CHECK (quadrant IN ('star','expert','megaphone','peer')), -- NULL when unknown
  PRIMARY KEY (run_id, person_id)
);
`;
