// Why a person's influence is what it is: who gives them most of their PageRank, who returns
// their ties, their community, and how their influence compares with their audience.
import type { InfluenceExplanation } from '../../../shared/scores';
import type { Db } from '../db/connection';
import { personNames } from '../db/people-reads';
import { communityMembers, pagerankOf, runParams, scoreRowOf } from '../db/score-reads';
import { pagerankContributions } from '../graph/pagerank';
import { personTieStrengths, windowAsOf } from '../ties';
import { loadGraph, type LoadedGraph, type ScoreParams } from '../db/score-graph';
import { personRanks, toPersonScores } from '../db/score-queries';
import { latestRunId } from '../db/score-runs';

const TOP = 8;

export function explainPerson(db: Db, personId: number, runId: number | null = latestRunId(db), halfLifeDays = 180, now: number = Date.now()): InfluenceExplanation | null {
  if (runId === null) return null;
  const row = scoreRowOf(db, runId, personId);
  if (!row) return null;
  const { params, network } = runParams(db, runId);

  // The same G as the run (same window, channels and weights), with the run's PageRank.
  const loaded = loadGraph(db, params);
  const index = new Map<number, number>();
  loaded.personIds.forEach((id, i) => index.set(id, i));
  const node = index.get(personId);
  if (node === undefined) return null;
  const pr = new Float64Array(loaded.graph.nodeCount);
  for (const [id, value] of pagerankOf(db, runId)) {
    const i = index.get(id);
    if (i !== undefined) pr[i] = value;
  }
  const names = personNames(db);
  const who = (i: number) => {
    const id = loaded.personIds[i] as number;
    return { personId: id, name: names.get(id) ?? '?' };
  };

  const explanation = pagerankContributions(loaded.graph, pr, node, TOP);
  const out = neighbours(loaded.graph.outgoing, node);
  const inn = neighbours(loaded.graph.incoming, node);
  const reciprocal = [...out].filter((v) => inn.has(v));
  const byWeight = (set: Iterable<number>, adjacency: typeof loaded.graph.outgoing) =>
    [...set].sort((a, b) => edgeWeight(adjacency, node, b) - edgeWeight(adjacency, node, a));

  const community = { community: row.community };
  const members = communityMembers(db, runId, row.community);

  return {
    personId,
    scores: toPersonScores(row),
    ranks: personRanks(db, runId, personId),
    contributors: explanation.top.map((c) => ({ ...who(c.from), share: c.share })),
    reciprocal: byWeight(reciprocal, loaded.graph.outgoing).slice(0, 20).map(who),
    amplifiedBy: byWeight([...inn].filter((u) => !out.has(u)), loaded.graph.incoming).slice(0, 20).map(who),
    amplifies: byWeight([...out].filter((v) => !inn.has(v)), loaded.graph.outgoing).slice(0, 20).map(who),
    community: { id: community.community, size: members.length, top: members.slice(0, 5).map((m) => ({ personId: m.id, name: m.name })) },
    audienceGap: { quadrant: row.quadrant, influence: row.influence, audience: row.audience, influenceMedian: network.influenceMedian, audienceMedian: network.audienceMedian },
    strongestTies: strongestTies(db, personId, params, loaded.weights, halfLifeDays, names, now),
  };
}

function neighbours(adjacency: { offsets: Int32Array; neighbours: Int32Array }, node: number): Set<number> {
  const set = new Set<number>();
  for (let e = adjacency.offsets[node] as number; e < (adjacency.offsets[node + 1] as number); e++) set.add(adjacency.neighbours[e] as number);
  return set;
}

function edgeWeight(adjacency: { offsets: Int32Array; neighbours: Int32Array; weights: Float64Array }, node: number, other: number): number {
  for (let e = adjacency.offsets[node] as number; e < (adjacency.offsets[node + 1] as number); e++) if (adjacency.neighbours[e] === other) return adjacency.weights[e] as number;
  return 0;
}

/** The person's ten strongest ties, read by the same reader as My network and the network view. */
function strongestTies(db: Db, personId: number, params: ScoreParams, weights: LoadedGraph['weights'], halfLifeDays: number, names: Map<number, string>, now: number) {
  const query = { ...(params.from ? { from: params.from } : {}), ...(params.to ? { to: params.to } : {}), ...(params.channels ? { channels: params.channels } : {}) };
  const ties = personTieStrengths(db, personId, query, { weights, halfLifeDays, asOf: windowAsOf(query, now) });
  return [...ties]
    .map(([other, strength]) => ({ personId: other, name: names.get(other) ?? '?', strength }))
    .sort((x, y) => y.strength - x.strength)
    .slice(0, 10);
}
