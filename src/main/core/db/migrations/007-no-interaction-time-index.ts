// Schema v7: no index on interaction(at). No reader is faster with it. The network view and the
// score run aggregate by (from, to) through the covering index interaction_from, which holds
// `at` too; only the tie-strength reader (ties.ts: every interaction with a time, in the window)
// chose it, and it made a wide window slow: measured on 1M interactions, the whole span read in
// 5.2 s through interaction_at (one table row fetched per key) and in 1.6 s without it (a scan
// of the covering index), a one-month window in 212 ms with it and 242 ms without. It also cost
// every large import ~1.1 s to rebuild and ~40 bytes per interaction on disk.
export const sql = /* sql */ `
DROP INDEX IF EXISTS interaction_at;
`;
