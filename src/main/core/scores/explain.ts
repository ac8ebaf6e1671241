// Why a person's influence is what it is: who gives them most of their PageRank, who returns
// their ties, their community, and how their influence compares with their audience.
import type { InfluenceExplanation } from '../../../shared/scores';
import type { Db } from '../db/connection';
import { pagerankContributions } from '../graph/pagerank';
import { tieStrength } from '../graph/tie-strength';
import { loadGraph, type ScoreParams } from './load-graph';
import { personRanks, SCORE_SELECT, toPersonScores } from './queries';
import { latestRunId } from './run';

const TOP = 8;

export function explainPerson(db: Db, personId: number, runId: number | null = latestRunId(db), halfLifeDays = 180): InfluenceExplanation | null {
  if (runId === null) return null;
  const row = db.prepare(`${SCORE_SELECT} WHERE s.run_id = ? AND s.person_id = ?`).get(runId, personId) as Parameters<typeof toPersonScores>[0] | undefined;
  if (!row) return null;
  const run = db.prepare('SELECT params, network FROM score_run WHERE id = ?').get(runId) as { params: string; network: string };
  const params = JSON.parse(run.params) as ScoreParams;
  const network = JSON.parse(run.network) as { influenceMedian: number; audienceMedian: number };

  // The same G as the run (same window, channels and weights), with the run's PageRank.
  const loaded = loadGraph(db, params);
  const index = new Map<number, number>();
  loaded.personIds.forEach((id, i) => index.set(id, i));
  const node = index.get(personId);
  if (node === undefined) return null;
  const pr = new Float64Array(loaded.graph.nodeCount);
  for (const [id, value] of db.prepare('SELECT person_id, pagerank FROM score WHERE run_id = ?').raw().iterate(runId) as Iterable<[number, number]>) {
    const i = index.get(id);
    if (i !== undefined) pr[i] = value;
  }
  const names = new Map((db.prepare('SELECT id, name FROM person').raw().all() as Array<[number, string]>).map(([id, name]) => [id, name]));
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

  const community = db.prepare('SELECT community FROM score WHERE run_id = ? AND person_id = ?').get(runId, personId) as { community: number };
  const members = db
    .prepare(`SELECT s.person_id AS id, p.name FROM score s JOIN person p ON p.id = s.person_id WHERE s.run_id = ? AND s.community = ? ORDER BY s.influence DESC`)
    .all(runId, community.community) as Array<{ id: number; name: string }>;

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
    strongestTies: strongestTies(db, personId, params, loaded.weights, halfLifeDays, names),
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

/** Tie strength (decayed interactions both ways + co-attendance) between this person and each partner. */
function strongestTies(db: Db, personId: number, params: ScoreParams, weights: Record<string, number>, halfLifeDays: number, names: Map<number, string>) {
  const rows = db
    .prepare(
      `SELECT from_person_id, to_person_id, kind, weight, at FROM interaction
       WHERE (from_person_id = @id OR to_person_id = @id) AND at IS NOT NULL
         AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at <= @to)`,
    )
    .raw()
    .all({ id: personId, from: params.from ?? null, to: params.to ?? null }) as Array<[number, number, string, number, string]>;
  const partnerIndex = new Map<number, number>([[personId, 0]]);
  const indexOf = (id: number) => {
    if (!partnerIndex.has(id)) partnerIndex.set(id, partnerIndex.size);
    return partnerIndex.get(id) as number;
  };
  const source = new Int32Array(rows.length);
  const target = new Int32Array(rows.length);
  const at = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length);
  rows.forEach(([from, to, kind, w, when], k) => {
    source[k] = indexOf(from);
    target[k] = indexOf(to);
    at[k] = Date.parse(when);
    weight[k] = w * (weights[kind] ?? 1);
  });
  const attended = db
    .prepare(
      `SELECT a.person_id, a.event_id, e.date FROM attendance a JOIN event e ON e.id = a.event_id
       WHERE a.status = 'attended' AND e.date IS NOT NULL AND a.event_id IN (SELECT event_id FROM attendance WHERE person_id = ? AND status = 'attended')`,
    )
    .raw()
    .all(personId) as Array<[number, number, string]>;
  const eventIndex = new Map<number, number>();
  const eventAt: number[] = [];
  const person = new Int32Array(attended.length);
  const event = new Int32Array(attended.length);
  attended.forEach(([p, e, date], k) => {
    if (!eventIndex.has(e)) {
      eventIndex.set(e, eventAt.length);
      eventAt.push(Date.parse(date));
    }
    person[k] = indexOf(p);
    event[k] = eventIndex.get(e) as number;
  });
  const asOf = params.to ? Date.parse(params.to.length === 10 ? `${params.to}T23:59:59Z` : params.to) : Date.now();
  const ties = tieStrength(partnerIndex.size, { source, target, at, weight }, { person, event, eventAt: Float64Array.from(eventAt) }, { asOf, halfLifeDays });
  const ids = [...partnerIndex.keys()];
  const result: Array<{ personId: number; name: string; strength: number }> = [];
  for (let k = 0; k < ties.a.length; k++) {
    if (ties.a[k] !== 0) continue; // only pairs with the person (index 0)
    const other = ids[ties.b[k] as number] as number;
    result.push({ personId: other, name: names.get(other) ?? '?', strength: ties.strength[k] as number });
  }
  return result.sort((x, y) => y.strength - x.strength).slice(0, 10);
}
