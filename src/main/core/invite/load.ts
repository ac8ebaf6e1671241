// Builds the invite planner's input from a network file: every person with the latest score
// run's influence, community and brokerage, and their neighbours in the planning graph.
//
// The planning graph joins two kinds of tie: any interaction (either direction) and having
// attended the same past events (at least `minSharedEvents` of them). An attendee-list-only
// community (no interactions at all) has a score run without ties, so for it influence,
// communities and brokerage are computed on the planning graph itself (PageRank rescaled
// 0–100, Louvain, 1 − Burt's constraint) — `source` says which was used.
import { errorKind } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { declinedAt, eventAttendance, eventRef, previousEvents, sharedAttendance } from '../db/attendance';
import { pairCounts } from '../db/interactions';
import { personCards } from '../db/people-reads';
import { runEdgeCount } from '../db/score-reads';
import { buildCsr } from '../graph/csr';
import { constraint } from '../graph/constraint';
import { influence as rescale } from '../graph/influence';
import { louvain } from '../graph/louvain';
import { pagerank } from '../graph/pagerank';
import { runScoresTable } from '../db/score-queries';
import { latestRunId, runScores } from '../db/score-runs';
import type { InviteCandidate } from './plan';

export interface LoadInviteOptions {
  eventId: number;
  /** Exclude people who declined any of the K events before this one (by date). DEFAULT none. */
  declinedLastK?: number;
  /** Shared past events for a co-attendance tie. DEFAULT 1. */
  minSharedEvents?: number;
}

export interface InviteInput {
  event: { id: number; name: string; date: string | null; capacity: number | null };
  candidates: InviteCandidate[];
  /** Hosts and speakers of the event. */
  must: number[];
  mustLabels: Record<number, string>;
  /** People who declined this event, or (with declinedLastK) one of the last K. */
  exclude: number[];
  excludeReasons: Record<number, string>;
  runId: number;
  source: 'scores' | 'planning-graph';
}

export class InviteEventError extends errorKind('not_found') {}

/** The planning graph: person id → neighbour id → weight (interactions either way plus shared
 * attended events, counted when at least minSharedEvents; the event itself left out). */
export function planningTies(db: Db, options: { excludeEventId?: number; minSharedEvents?: number } = {}): Map<number, Map<number, number>> {
  const ties = new Map<number, Map<number, number>>();
  const add = (a: number, b: number, weight: number) => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let m = ties.get(x);
      if (!m) ties.set(x, (m = new Map()));
      m.set(y, (m.get(y) ?? 0) + weight);
    }
  };
  for (const [a, b, k] of pairCounts(db)) add(a, b, k);
  for (const [a, b, k] of sharedAttendance(db, options.excludeEventId ?? -1, options.minSharedEvents ?? 1)) add(a, b, k);
  return ties;
}

export function loadInviteInput(db: Db, options: LoadInviteOptions): InviteInput {
  const event: InviteInput['event'] | undefined = eventRef(db, options.eventId);
  if (!event) throw new InviteEventError(`no event with id ${options.eventId}`);
  const minShared = options.minSharedEvents ?? 1;
  if (!Number.isInteger(minShared) || minShared < 1) throw new InviteEventError(`minSharedEvents must be a whole number ≥ 1, got ${minShared}`);

  let runId = latestRunId(db);
  if (runId === null) runId = runScores(db).id;
  const scores = new Map(runScoresTable(db, runId).map((s) => [s.personId, s]));
  const runTies = runEdgeCount(db, runId);

  const people = personCards(db);
  const ties = planningTies(db, { excludeEventId: event.id, minSharedEvents: minShared });
  const index = new Map(people.map((p, i) => [p.id, i]));
  const neighbours = people.map((p) => new Map([...(ties.get(p.id) ?? new Map<number, number>())].map(([id, w]) => [index.get(id) as number, w])));
  const n = people.length;
  let influenceOf: (i: number) => number;
  let communityOf: (i: number) => number;
  let brokerageOf: (i: number) => number;
  let source: InviteInput['source'];
  if (runTies > 0) {
    source = 'scores';
    influenceOf = (i) => scores.get((people[i] as (typeof people)[number]).id)?.influence ?? 0;
    communityOf = (i) => scores.get((people[i] as (typeof people)[number]).id)?.community ?? -1 - i;
    brokerageOf = (i) => {
      const c = scores.get((people[i] as (typeof people)[number]).id)?.constraint;
      return c === null || c === undefined ? 0 : Math.min(1, Math.max(0, 1 - c));
    };
  } else {
    source = 'planning-graph';
    // Both directions of each tie, weighted by interactions plus shared events: PageRank of
    // this graph is networkx's pagerank of the weighted co-attendance projection.
    const edges: Array<[number, number, number]> = [];
    neighbours.forEach((map, i) => map.forEach((w, j) => edges.push([i, j, w])));
    const graph = buildCsr({
      nodeCount: n,
      source: Int32Array.from(edges.map((e) => e[0])),
      target: Int32Array.from(edges.map((e) => e[1])),
      weight: Float64Array.from(edges.map((e) => e[2])),
    });
    const inf = rescale(pagerank(graph).scores);
    const comm = louvain(graph).community;
    const con = constraint(graph);
    influenceOf = (i) => inf[i] as number;
    communityOf = (i) => comm[i] as number;
    brokerageOf = (i) => (Number.isFinite(con[i]) ? Math.min(1, Math.max(0, 1 - (con[i] as number))) : 0);
  }

  const candidates: InviteCandidate[] = people.map((p, i) => ({
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    gender: p.gender,
    role: p.role,
    influence: influenceOf(i),
    community: communityOf(i),
    brokerage: brokerageOf(i),
    neighbours: [...(neighbours[i] as Map<number, number>).keys()].map((j) => (people[j] as (typeof people)[number]).id).sort((a, b) => a - b),
  }));

  const must: number[] = [];
  const mustLabels: Record<number, string> = {};
  const exclude: number[] = [];
  const excludeReasons: Record<number, string> = {};
  for (const r of eventAttendance(db, event.id)) {
    if (r.status === 'declined') {
      exclude.push(r.person_id);
      excludeReasons[r.person_id] = 'declined this event';
    } else if (r.role === 'host' || r.role === 'speaker') {
      must.push(r.person_id);
      mustLabels[r.person_id] = r.role;
    }
  }
  const k = options.declinedLastK ?? 0;
  if (k > 0) {
    for (const e of previousEvents(db, event, k)) {
      for (const person_id of declinedAt(db, e.id)) {
        if (excludeReasons[person_id] !== undefined) continue;
        exclude.push(person_id);
        excludeReasons[person_id] = `declined ${e.name}`;
      }
    }
  }
  return { event, candidates, must, mustLabels, exclude, excludeReasons, runId, source };
}
