// Schema v2: the user's layout of the network drawing, and per-network settings, live in the
// network file so that reopening it shows the same picture.
export const sql = /* sql */ `
CREATE TABLE layout_position (
  person_id  INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  x          REAL NOT NULL,
  y          REAL NOT NULL
);

-- Key/value settings of this network (e.g. "sample" = the seed of a generated sample network).
CREATE TABLE network_setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
`;
