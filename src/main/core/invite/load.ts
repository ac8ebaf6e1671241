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
import { scoreFreshness } from '../scores/freshness';
import type { InviteCandidate } from './plan';
import { eventSeats, type EventAttendanceRow } from './statuses';
import type { ScoreFreshness, SeatStatus } from '../../../shared/invite';
import type { CommunityNameKind } from '../../../shared/communities';
import { autoCommunityName, runCommunities, type CommunityMember } from '../communities';

export interface LoadInviteOptions {
  eventId: number;
  /** Exclude people who declined any of the K events before this one (by date). DEFAULT none. */
  declinedLastK?: number;
  /** Shared past events for a co-attendance tie. DEFAULT 1. */
  minSharedEvents?: number;
  /** Invited people who have not answered become free candidates instead of holding a seat. DEFAULT false. */
  freePending?: boolean;
}

export interface InviteInput {
  event: { id: number; name: string; date: string | null; capacity: number | null };
  candidates: InviteCandidate[];
  /** Seat holders: hosts, speakers, confirmed, attended, and pending unless freed. */
  must: number[];
  mustLabels: Record<number, string>;
  /** People who declined this event, or (with declinedLastK) one of the last K. */
  exclude: number[];
  excludeReasons: Record<number, string>;
  /** Every attendee of the event and where they stand. */
  statuses: Record<number, SeatStatus>;
  /** Each community number of the candidates → its name. */
  communities: Record<number, { kind: CommunityNameKind; name: string }>;
  runId: number | null;
  scores: ScoreFreshness;
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

  // The newest run, whatever its age: the services start a fresh one first when the network
  // changed (scores/freshness.ts); scores are never computed here, on the caller's thread.
  const freshness = scoreFreshness(db);
  const runId = freshness.runId;
  const scores = new Map(runId === null ? [] : runScoresTable(db, runId).map((s) => [s.personId, s]));
  const runTies = runId === null ? 0 : runEdgeCount(db, runId);

  const people = personCards(db);
  const ties = planningTies(db, { excludeEventId: event.id, minSharedEvents: minShared });
  const index = new Map(people.map((p, i) => [p.id, i]));
  const neighbours = people.map((p) => new Map([...(ties.get(p.id) ?? new Map<number, number>())].map(([id, w]) => [index.get(id) as number, w])));
  const n = people.length;
  let influenceOf: (i: number) => number;
  let communityOf: (i: number) => number | null;
  let brokerageOf: (i: number) => number;
  let scoredOf: (i: number) => boolean;
  let source: InviteInput['source'];
  if (runTies > 0) {
    source = 'scores';
    // Someone added after the run has no score: "not yet scored", with no community of their own making.
    scoredOf = (i) => scores.has((people[i] as (typeof people)[number]).id);
    influenceOf = (i) => scores.get((people[i] as (typeof people)[number]).id)?.influence ?? 0;
    communityOf = (i) => scores.get((people[i] as (typeof people)[number]).id)?.community ?? null;
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
    scoredOf = () => true;
  }

  const candidates: InviteCandidate[] = people.map((p, i) => ({
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    gender: p.gender,
    role: p.role,
    influence: influenceOf(i),
    community: communityOf(i),
    scored: scoredOf(i),
    brokerage: brokerageOf(i),
    neighbours: [...(neighbours[i] as Map<number, number>).keys()].map((j) => (people[j] as (typeof people)[number]).id).sort((a, b) => a - b),
  }));

  // Community names: the run's lasting names, or (planning graph) named the same way, on the spot.
  const communities: Record<number, { kind: CommunityNameKind; name: string }> = {};
  if (source === 'scores' && runId !== null) {
    for (const c of runCommunities(db, runId)) communities[c.community] = { kind: c.kind, name: c.name };
  } else {
    const members = new Map<number, CommunityMember[]>();
    for (const c of candidates) if (c.community !== null) members.set(c.community, [...(members.get(c.community) ?? []), { personId: c.id, influence: c.influence, name: c.name, organisation: c.organisation }]);
    for (const [k, ms] of members) communities[k] = autoCommunityName(ms);
  }

  const rows: EventAttendanceRow[] = eventAttendance(db, event.id).map((r) => ({ personId: r.person_id, role: r.role as EventAttendanceRow['role'], status: r.status as EventAttendanceRow['status'] }));
  const seats = eventSeats(rows, { freePending: options.freePending ?? false });
  const must = [...seats.held];
  const mustLabels: Record<number, string> = {};
  for (const id of seats.held) mustLabels[id] = seats.status[id] as SeatStatus;
  const exclude: number[] = [...seats.declined];
  const excludeReasons: Record<number, string> = {};
  for (const id of seats.declined) excludeReasons[id] = 'declined';
  const k = options.declinedLastK ?? 0;
  if (k > 0) {
    for (const e of previousEvents(db, event, k)) {
      for (const person_id of declinedAt(db, e.id)) {
        // Whoever answered this event (or holds a seat in it) is judged on this event alone.
        if (excludeReasons[person_id] !== undefined || seats.status[person_id] !== undefined) continue;
        exclude.push(person_id);
        excludeReasons[person_id] = `declined ${e.name}`;
      }
    }
  }
  return { event, candidates, must, mustLabels, exclude, excludeReasons, statuses: seats.status, communities, runId, scores: freshness, source };
}
