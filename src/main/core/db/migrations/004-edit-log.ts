// Schema v4: the undo/redo history of the user's edits (people, events, attendance, merges),
// kept in the network file so that undo survives a restart or a crash.
export const sql = /* sql */ `
CREATE TABLE edit_log (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL,                      -- what the user did, e.g. "edit person"
  at       TEXT NOT NULL,
  changes  TEXT NOT NULL,                      -- JSON: [{table, op, rowid, old, new}], in order
  undone   INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
`;
