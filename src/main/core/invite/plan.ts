// The invite planner: picks who to invite to an event of N seats, explaining every pick.
//
// Pure (no database): the input is a list of candidates with their scores and neighbours, and
// the constraints of InvitePlanOptions. The objective is a weighted sum of
//   influence   Σ influence / max influence                          (modular)
//   coverage    capacity × (½·communities covered / communities
//                           + ½·people within 2 hops of an invitee / people)  (submodular)
//               ("within 2 hops" counts the invitee too, as networkx's
//                single_source_shortest_path_length(G, v, cutoff=2) does)
//   brokerage   Σ brokerage ∈ [0,1]                                   (modular)
//   newTies     Σ over invitee pairs with no tie of shared contacts / min(degrees), ÷ (capacity−1)
// Coverage is scaled by the capacity so that each term is "per seat" and a weight of 1 means
// the same on every term. Without newTies the objective is monotone submodular, and the greedy
// choice with lazy evaluation is within (1 − 1/e) of the optimum under a plain capacity
// (Nemhauser, Wolsey & Fisher, "An analysis of approximations for maximizing submodular set
// functions", Math. Programming 14, 1978; Minoux's lazy greedy, 1978). newTies grows as the
// set grows (supermodular), so its gain is kept exact (re-keyed when it grows) and only the
// coverage gain is lazy. Ties between equal gains go to the lower person id.
//
// Constraints are enforced during selection: must first, exclude never, per-organisation cap,
// and parity and role quotas by reserving seats — a candidate is taken only when the seats
// left can still repair every deficit (a small depth-first search over kinds of people in the
// remaining pool; see `repairable`).
// A constraint that cannot hold is reported in `violations` with by how much, never broken
// silently; the rest of the plan is still computed without it.
import { errorKind } from '../../../shared/errors';
import type { Gender, Role } from '../../../shared/domain';
import { communityLabel } from '../../../shared/scores';
import type { InviteWeights, RoleQuota, ReasonKind, ReasonPart, PlannedInvitee, ConstraintName, PlanViolation, NearMiss, ObjectiveBreakdown, InvitePlan } from '../../../shared/invite';

export type { InviteWeights, RoleQuota, ReasonKind, ReasonPart, PlannedInvitee, ConstraintName, PlanViolation, NearMiss, ObjectiveBreakdown, InvitePlan };

export interface InviteCandidate {
  id: number;
  name: string;
  organisation: string | null;
  gender: Gender | null;
  role: Role;
  /** 0–100 (DESIGN.md influence). */
  influence: number;
  /** null: not yet scored (added after the score run): counts for no community. */
  community: number | null;
  /** false: added after the score run, so influence and brokerage are 0 until the next run. DEFAULT true. */
  scored?: boolean;
  /** 0–1: 1 − Burt's constraint (0 for isolates). */
  brokerage: number;
  /** Ids of people one hop away (any tie: interaction or co-attendance). */
  neighbours: number[];
  /** Ids of people within two hops, when precomputed; DEFAULT derived from neighbours of the candidates. */
  twoHop?: number[];
}

/** DEFAULT weights: coverage and influence first, brokers and new ties as a bonus. */
export const INVITE_WEIGHTS_DEFAULTS: InviteWeights = { influence: 1, coverage: 1, brokerage: 0.5, newTies: 0.5 };

export interface InvitePlanOptions {
  capacity: number;
  must?: number[];
  /** Why a must person is a must ("host", "speaker"); shown in the reason. */
  mustLabels?: Record<number, string>;
  /** Community number → its name, for the reasons ("first from Claire Faure's circle"). DEFAULT "community N". */
  communityLabels?: Record<number, string>;
  exclude?: number[];
  /** At least this share (0–0.5) of women and of men among the invitees recorded as women or
   * men. Invitees recorded as 'x' or of unknown gender neither count nor block: with 'x' in the
   * denominator, parity 0.5 would bar every non-binary person. DEFAULT none. */
  parity?: number;
  maxPerOrg?: number;
  roleQuotas?: RoleQuota[];
  weights?: Partial<InviteWeights>;
  /** Waitlist length. DEFAULT 0. */
  waitlist?: number;
}


export class InvitePlanInputError extends errorKind('conflict') {}

/** The reason of a seat already held because of the person's answer (statuses.ts). */
const MUST_REASON: Record<string, string> = {
  confirmed: 'confirmed guest: holds a seat',
  attended: 'attended: holds a seat',
  pending: 'invited, no answer yet: seat held',
};

const ordinal = (k: number) => `${k}${k % 10 === 1 && k % 100 !== 11 ? 'st' : k % 10 === 2 && k % 100 !== 12 ? 'nd' : k % 10 === 3 && k % 100 !== 13 ? 'rd' : 'th'}`;
const EPS = 1e-9;
/** Search steps one feasibility check may take before it answers no (keeps a seat in doubt). */
const REPAIR_BUDGET = 20_000;

/** A binary max-heap of (key, person index, version), ties to the lower person id. */
class GainHeap {
  private keys: number[] = [];
  private items: number[] = [];
  private versions: number[] = [];
  constructor(private readonly idOf: (i: number) => number) {}
  get size(): number {
    return this.keys.length;
  }
  private above(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka > kb || (ka === kb && this.idOf(this.items[a] as number) < this.idOf(this.items[b] as number));
  }
  private swap(a: number, b: number): void {
    for (const arr of [this.keys, this.items, this.versions]) [arr[a], arr[b]] = [arr[b] as number, arr[a] as number];
  }
  push(key: number, item: number, version: number): void {
    this.keys.push(key);
    this.items.push(item);
    this.versions.push(version);
    let k = this.keys.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.above(k, parent)) break;
      this.swap(k, parent);
      k = parent;
    }
  }
  pop(): { i: number; version: number } {
    const top = { i: this.items[0] as number, version: this.versions[0] as number };
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.items.pop();
    this.versions.pop();
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < this.keys.length && this.above(l, m)) m = l;
      if (r < this.keys.length && this.above(r, m)) m = r;
      if (m === k) break;
      this.swap(k, m);
      k = m;
    }
    return top;
  }
}

interface State {
  f: number;
  m: number;
  x: number;
  quota: number[];
  org: Map<string, number>;
}

/** Everything the planner derives from the candidates once. */
interface Prepared {
  cands: InviteCandidate[];
  index: Map<number, number>;
  /** Neighbour candidate indices, sorted. */
  adj: number[][];
  adjSet: Array<Set<number>>;
  /** Indices in the reach universe within 2 hops (self included). */
  reach: number[][];
  universe: number;
  communities: number;
  /** Index of each candidate's community, −1 when not yet scored. */
  communityOf: number[];
  influenceNorm: number[];
  bridges: Array<[number, number] | null>;
  quotaMember: boolean[][];
}

function orgKey(c: InviteCandidate): string | null {
  return c.organisation === null || c.organisation.trim() === '' ? null : c.organisation.trim().toLowerCase();
}

function prepare(cands: InviteCandidate[], quotas: RoleQuota[]): Prepared {
  const index = new Map<number, number>();
  cands.forEach((c, i) => {
    if (index.has(c.id)) throw new InvitePlanInputError(`candidate ${c.id} appears twice`);
    if (!Number.isFinite(c.influence) || !Number.isFinite(c.brokerage)) throw new InvitePlanInputError(`candidate ${c.id}: influence and brokerage must be finite numbers`);
    index.set(c.id, i);
  });
  // The reach universe: candidates plus anyone named as a neighbour.
  const universeIndex = new Map<number, number>(index);
  const uid = (id: number) => {
    let u = universeIndex.get(id);
    if (u === undefined) {
      u = universeIndex.size;
      universeIndex.set(id, u);
    }
    return u;
  };
  const adj = cands.map((c) => [...new Set(c.neighbours.filter((id) => id !== c.id && index.has(id)).map((id) => index.get(id) as number))].sort((a, b) => a - b));
  // Ties are symmetric: a tie named on one side counts on both.
  const adjSet = adj.map((a) => new Set(a));
  adj.forEach((a, i) => a.forEach((j) => adjSet[j]?.add(i)));
  const adjSym = adjSet.map((s) => [...s].sort((a, b) => a - b));
  const oneHopU = cands.map((c) => new Set([uid(c.id), ...c.neighbours.map(uid)]));
  const reach = cands.map((c, i) => {
    if (c.twoHop) return [...new Set([uid(c.id), ...c.twoHop.map(uid), ...c.neighbours.map(uid)])];
    const set = new Set(oneHopU[i]);
    for (const j of adjSym[i] as number[]) for (const u of oneHopU[j] as Set<number>) set.add(u);
    return [...set];
  });
  const communityIds = [...new Set(cands.map((c) => c.community).filter((c): c is number => c !== null))];
  const communityIndex = new Map(communityIds.map((c, k) => [c, k]));
  const maxInfluence = Math.max(0, ...cands.map((c) => c.influence));
  const bridges = cands.map((c, i): [number, number] | null => {
    if (c.community === null) return null;
    const counts = new Map<number, number>();
    for (const j of adjSym[i] as number[]) {
      const other = (cands[j] as InviteCandidate).community;
      if (other !== null && other !== c.community) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    return best ? [c.community, best[0]] : null;
  });
  return {
    cands,
    index,
    adj: adjSym,
    adjSet,
    reach,
    universe: universeIndex.size,
    communities: communityIds.length,
    communityOf: cands.map((c) => (c.community === null ? -1 : (communityIndex.get(c.community) as number))),
    influenceNorm: cands.map((c) => (maxInfluence > 0 ? Math.max(0, c.influence) / maxInfluence : 0)),
    bridges,
    quotaMember: cands.map((c) => quotas.map((q) => q.roles.includes(c.role))),
  };
}

/** Shared contacts of two people with no tie, as a share of the smaller contact list. */
function pairValue(p: Prepared, a: number, b: number): { value: number; shared: number } {
  if (a === b || p.adjSet[a]?.has(b)) return { value: 0, shared: 0 };
  const sa = p.adjSet[a] as Set<number>;
  const sb = p.adjSet[b] as Set<number>;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const denom = Math.min(sa.size, sb.size);
  return { value: denom > 0 ? shared / denom : 0, shared };
}

export function planInvites(candidates: InviteCandidate[], options: InvitePlanOptions): InvitePlan {
  const capacity = options.capacity;
  if (!Number.isInteger(capacity) || capacity < 1) throw new InvitePlanInputError(`capacity must be a whole number ≥ 1, got ${capacity}`);
  const parity = options.parity;
  if (parity !== undefined && !(parity >= 0 && parity <= 0.5)) throw new InvitePlanInputError(`parity must be a share between 0 and 0.5, got ${parity}`);
  const maxPerOrg = options.maxPerOrg;
  if (maxPerOrg !== undefined && (!Number.isInteger(maxPerOrg) || maxPerOrg < 1)) throw new InvitePlanInputError(`maxPerOrg must be a whole number ≥ 1, got ${maxPerOrg}`);
  const quotas = options.roleQuotas ?? [];
  for (const q of quotas) if (!Number.isInteger(q.atLeast) || q.atLeast < 0 || q.roles.length === 0) throw new InvitePlanInputError(`role quota ${q.roles.join('+')}:${q.atLeast}: expected roles and a whole number ≥ 0`);
  const w: InviteWeights = { ...INVITE_WEIGHTS_DEFAULTS, ...(options.weights ?? {}) };
  for (const [k, v] of Object.entries(w)) if (!(v >= 0) || !Number.isFinite(v)) throw new InvitePlanInputError(`weight ${k} must be a finite number ≥ 0, got ${v}`);

  const p = prepare(candidates, quotas);
  const n = candidates.length;
  const violations: PlanViolation[] = [];
  const nameOf = (i: number) => (candidates[i] as InviteCandidate).name;

  const orgKeyOf = candidates.map(orgKey);
  const excluded = new Set<number>();
  for (const id of options.exclude ?? []) {
    const i = p.index.get(id);
    if (i !== undefined) excluded.add(i);
  }
  const mustIdx: number[] = [];
  for (const id of options.must ?? []) {
    const i = p.index.get(id);
    if (i === undefined) {
      violations.push({ constraint: 'must', message: `must-invite person ${id} is not among the candidates`, shortBy: 1 });
      continue;
    }
    if (mustIdx.includes(i)) continue;
    if (excluded.has(i)) {
      violations.push({ constraint: 'exclude', message: `${nameOf(i)} (${id}) is both a must-invite and excluded; excluded wins`, shortBy: 1 });
      continue;
    }
    mustIdx.push(i);
  }
  // Seat holders (hosts, speakers, confirmed guests) are never dropped to fit: too many of them
  // is reported, and the plan keeps them all.
  if (mustIdx.length > capacity) {
    violations.push({ constraint: 'capacity', message: `${mustIdx.length} must-invite people for ${capacity} seats: over by ${mustIdx.length - capacity}`, shortBy: mustIdx.length - capacity });
  }

  // --- state and constraint bookkeeping ---
  const state: State = { f: 0, m: 0, x: 0, quota: quotas.map(() => 0), org: new Map() };
  const chosen: number[] = [];
  const isChosen = new Uint8Array(n);
  let parityOn = parity !== undefined && parity > 0;
  let quotasOn = quotas.some((q) => q.atLeast > 0);

  const apply = (s: State, i: number): void => {
    const c = candidates[i] as InviteCandidate;
    if (c.gender === 'f') s.f++;
    else if (c.gender === 'm') s.m++;
    else if (c.gender === 'x') s.x++;
    (p.quotaMember[i] as boolean[]).forEach((member, k) => {
      if (member) s.quota[k] = (s.quota[k] as number) + 1;
    });
    const key = orgKeyOf[i] as string | null;
    if (key !== null) s.org.set(key, (s.org.get(key) ?? 0) + 1);
  };
  const clone = (s: State): State => ({ f: s.f, m: s.m, x: s.x, quota: [...s.quota], org: new Map(s.org) });
  /** Fewest women and men still to add for parity to hold (capacity + 1 when impossible). */
  const parityDeficit = (s: State, checkParity: boolean): number => {
    if (!checkParity || parity === undefined) return 0;
    const known = s.f + s.m;
    for (let t = 0; t <= capacity; t++) {
      const need = Math.ceil(parity * (known + t) - EPS);
      if (Math.max(0, need - s.f) + Math.max(0, need - s.m) <= t) return t;
    }
    return capacity + 1;
  };
  const quotaDeficit = (s: State, checkQuotas: boolean): number =>
    checkQuotas ? quotas.reduce((sum, q, k) => sum + Math.max(0, q.atLeast - (s.quota[k] as number)), 0) : 0;
  const deficit = (s: State, cp: boolean, cq: boolean) => parityDeficit(s, cp) + quotaDeficit(s, cq);
  const orgAllows = (s: State, i: number): boolean => {
    if (maxPerOrg === undefined) return true;
    const key = orgKeyOf[i] as string | null;
    return key === null || (s.org.get(key) ?? 0) < maxPerOrg;
  };

  /** Can the deficits of `s` be repaired with `seats` more people from the pool? A depth-first
   * search over kinds of people (gender × quota membership), pruned by a lower bound on the
   * seats still needed and memoised on the counts; exact up to the per-organisation cap, which
   * it honours person by person. Gives up (answers no) after REPAIR_BUDGET steps. */
  const kindKey = candidates.map((c, i) => `${c.gender}|${(p.quotaMember[i] as boolean[]).map((b) => (b ? 1 : 0)).join('')}`);
  /** The pool (not taken, not excluded) grouped by kind of person. */
  const kindsOf = (taken: Uint8Array): number[][] => {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      if (taken[i] || excluded.has(i)) continue;
      const key = kindKey[i] as string;
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      list.push(i);
    }
    return [...buckets.values()];
  };
  const repairable = (start: State, seats: number, cp: boolean, cq: boolean, taken: Uint8Array, pool?: number[][]): boolean => {
    if (deficit(start, cp, cq) <= EPS) return true;
    const kinds = pool ?? kindsOf(taken);
    const failed = new Set<string>();
    const used = new Uint8Array(n);
    // Organisation seats taken along the search path, on top of start.org (never copied).
    const orgUsed = new Map<string, number>();
    const fits = (j: number) => {
      const key = orgKeyOf[j];
      return maxPerOrg === undefined || key === null || key === undefined || (start.org.get(key) ?? 0) + (orgUsed.get(key) ?? 0) < maxPerOrg;
    };
    const counts = (s: State, i: number): State => {
      const c = candidates[i] as InviteCandidate;
      const t: State = { f: s.f + (c.gender === 'f' ? 1 : 0), m: s.m + (c.gender === 'm' ? 1 : 0), x: s.x + (c.gender === 'x' ? 1 : 0), quota: [...s.quota], org: start.org };
      (p.quotaMember[i] as boolean[]).forEach((member, k) => {
        if (member) t.quota[k] = (t.quota[k] as number) + 1;
      });
      return t;
    };
    let budget = REPAIR_BUDGET;
    const lowerBound = (s: State) => Math.max(parityDeficit(s, cp), cq ? Math.max(0, ...quotas.map((q, k) => q.atLeast - (s.quota[k] as number))) : 0);
    const dfs = (s: State, left: number): boolean => {
      if (deficit(s, cp, cq) <= EPS) return true;
      if (left === 0 || lowerBound(s) > left || --budget < 0) return false;
      const key = `${s.f},${s.m},${s.x},${s.quota.join(',')},${left}`;
      if (failed.has(key)) return false;
      const moves: Array<{ i: number; t: State; d: number }> = [];
      for (const list of kinds) {
        const i = list.find((j) => !used[j] && !taken[j] && fits(j));
        if (i === undefined) continue;
        const t = counts(s, i);
        moves.push({ i, t, d: deficit(t, cp, cq) });
      }
      moves.sort((a, b) => a.d - b.d);
      for (const move of moves) {
        const org = orgKeyOf[move.i];
        used[move.i] = 1;
        if (org) orgUsed.set(org, (orgUsed.get(org) ?? 0) + 1);
        const ok = dfs(move.t, left - 1);
        used[move.i] = 0;
        if (org) orgUsed.set(org, (orgUsed.get(org) as number) - 1);
        if (ok) return true;
        if (budget < 0) return false;
      }
      failed.add(key);
      return false;
    };
    return dfs(start, seats);
  };

  // --- must first ---
  for (const i of mustIdx) {
    apply(state, i);
    chosen.push(i);
    isChosen[i] = 1;
  }
  if (maxPerOrg !== undefined) {
    for (const [key, count] of state.org) {
      if (count > maxPerOrg) {
        const org = (candidates.find((c) => orgKey(c) === key) as InviteCandidate).organisation;
        violations.push({ constraint: 'maxPerOrg', message: `${count} must-invite people from ${org}, cap ${maxPerOrg}: over by ${count - maxPerOrg}`, shortBy: count - maxPerOrg });
      }
    }
  }
  const seatsLeft = () => Math.max(0, capacity - chosen.length);
  if (quotasOn) {
    quotas.forEach((q, k) => {
      const pool = candidates.filter((_c, i) => !excluded.has(i) && (p.quotaMember[i] as boolean[])[k]).length;
      const have = state.quota[k] as number;
      const need = q.atLeast - have;
      const reachable = Math.min(pool, have + seatsLeft());
      if (reachable < q.atLeast) {
        const why = pool < q.atLeast ? `only ${pool} candidates are ${q.roles.join(' or ')}` : `only ${seatsLeft()} seats are left after the must-invites`;
        violations.push({ constraint: 'roleQuota', message: `quota ${q.roles.join('+')} ≥ ${q.atLeast}: ${why}, short by ${q.atLeast - reachable}`, shortBy: q.atLeast - reachable });
      } else if (need > 0 && quotas.reduce((s, qq, kk) => s + Math.max(0, qq.atLeast - (state.quota[kk] as number)), 0) > seatsLeft() && !repairable(state, seatsLeft(), false, true, isChosen)) {
        violations.push({ constraint: 'roleQuota', message: `quotas together need more than the ${seatsLeft()} seats left`, shortBy: quotaDeficit(state, true) - seatsLeft() });
      }
    });
    if (violations.some((v) => v.constraint === 'roleQuota')) quotasOn = false;
    else if (!repairable(state, seatsLeft(), false, true, isChosen)) {
      violations.push({ constraint: 'roleQuota', message: `the role quotas cannot all be met with ${seatsLeft()} seats and the per-organisation cap`, shortBy: quotaDeficit(state, true) });
      quotasOn = false;
    }
  }
  if (parityOn && parity !== undefined) {
    if (!repairable(state, seatsLeft(), true, false, isChosen)) {
      const women = candidates.filter((c, i) => c.gender === 'f' && !excluded.has(i)).length;
      const men = candidates.filter((c, i) => c.gender === 'm' && !excluded.has(i)).length;
      const known = state.f + state.m;
      const short = Math.max(0, Math.ceil(parity * known - EPS) - state.f) + Math.max(0, Math.ceil(parity * known - EPS) - state.m);
      violations.push({
        constraint: 'parity',
        message: `parity ${parity}: the must-invites hold ${state.f} women and ${state.m} men; ${women} women and ${men} men are available and ${seatsLeft()} seats left — short by ${Math.max(1, short)}`,
        shortBy: Math.max(1, short),
      });
      parityOn = false;
    } else if (quotasOn && !repairable(state, seatsLeft(), true, true, isChosen)) {
      violations.push({ constraint: 'parity', message: `parity ${parity} and the role quotas cannot both be met with ${seatsLeft()} seats`, shortBy: Math.max(1, Math.ceil(deficit(state, true, true) - seatsLeft())) });
      parityOn = false;
    }
  }

  // --- gains ---
  const coveredComm = new Uint8Array(p.communities);
  const coveredReach = new Uint8Array(p.universe);
  const scale = capacity;
  const coverageParts = (i: number) => {
    const k = p.communityOf[i] as number;
    const newComm = k < 0 || coveredComm[k] ? 0 : 1;
    let newReach = 0;
    for (const u of p.reach[i] as number[]) if (!coveredReach[u]) newReach++;
    return { newComm, newReach, value: scale * (0.5 * (newComm / Math.max(1, p.communities)) + 0.5 * (newReach / Math.max(1, p.universe))) };
  };
  const pairDenom = Math.max(1, capacity - 1);
  const newTiesGain = new Float64Array(n);
  const newTiesCount = new Int32Array(n);
  const modular = (i: number) => w.influence * (p.influenceNorm[i] as number) + w.brokerage * Math.min(1, Math.max(0, (candidates[i] as InviteCandidate).brokerage));
  const cachedCoverage = new Float64Array(n);
  const totals = { influence: 0, brokerage: 0, newTies: 0 };

  const take = (i: number): { why: ReasonPart[]; raised: number[] } => {
    const cov = coverageParts(i);
    const c = candidates[i] as InviteCandidate;
    totals.influence += p.influenceNorm[i] as number;
    totals.brokerage += Math.min(1, Math.max(0, c.brokerage));
    totals.newTies += newTiesGain[i] as number;
    if ((p.communityOf[i] as number) >= 0) coveredComm[p.communityOf[i] as number] = 1;
    for (const u of p.reach[i] as number[]) coveredReach[u] = 1;
    const why: ReasonPart[] = [];
    const parts: Array<[number, ReasonPart]> = [];
    if (cov.newComm && c.community !== null) parts.push([w.coverage * scale * 0.5 / Math.max(1, p.communities), { kind: 'newCommunity', values: { community: c.community } }]);
    if (cov.newReach > 0) parts.push([w.coverage * scale * 0.5 * cov.newReach / Math.max(1, p.universe), { kind: 'reach', values: { people: cov.newReach } }]);
    parts.push([w.influence * (p.influenceNorm[i] as number), { kind: 'influence', values: { influence: Math.round(c.influence) } }]);
    const bridge = p.bridges[i];
    if (bridge && c.brokerage > 0) parts.push([w.brokerage * c.brokerage, { kind: 'bridges', values: { a: bridge[0], b: bridge[1] } }]);
    if ((newTiesCount[i] as number) > 0) parts.push([w.newTies * (newTiesGain[i] as number), { kind: 'newTies', values: { invitees: newTiesCount[i] as number } }]);
    parts.sort((a, b) => b[0] - a[0]);
    // Someone the run does not know says so first: their influence is not known yet, not zero.
    if (c.scored === false) why.push({ kind: 'notScored', values: {} });
    for (const [value, part] of parts) if (value > EPS && why.length < 2) why.push(part);
    // Only people two hops from i share contacts with i.
    const raised: number[] = [];
    const seen = new Set<number>([i]);
    for (const via of p.adj[i] as number[]) {
      for (const j of p.adj[via] as number[]) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (isChosen[j]) continue;
        const pv = pairValue(p, i, j);
        if (pv.value > 0) {
          newTiesGain[j] = (newTiesGain[j] as number) + pv.value / pairDenom;
          if (pv.shared >= 2) newTiesCount[j] = (newTiesCount[j] as number) + 1;
          raised.push(j);
        }
      }
    }
    return { why, raised };
  };

  const invitees: PlannedInvitee[] = [];
  const community = (k: number) => options.communityLabels?.[k] ?? `community ${communityLabel(k)}`;
  const describe = (why: ReasonPart[]): string =>
    why
      .map((part) => {
        const v = part.values;
        switch (part.kind) {
          case 'must': return MUST_REASON[String(v.label)] ?? `must invite: ${v.label}`;
          case 'newCommunity': return `first from ${community(Number(v.community))}`;
          case 'reach': return `+${v.people} people within 2 hops not yet covered`;
          case 'influence': return `influence ${v.influence}`;
          case 'bridges': return `bridges ${community(Number(v.a))} and ${community(Number(v.b))}`;
          case 'notScored': return 'not yet scored';
          case 'newTies': return `shares many contacts with ${v.invitees} invitee${v.invitees === 1 ? '' : 's'} they have no tie with`;
          default: return '';
        }
      })
      .join('; ');

  for (const i of mustIdx) {
    const gain = modular(i) + w.coverage * coverageParts(i).value + w.newTies * (newTiesGain[i] as number);
    const label = options.mustLabels?.[(candidates[i] as InviteCandidate).id] ?? 'required';
    const why: ReasonPart[] = [{ kind: 'must' as const, values: { label } }, ...take(i).why].slice(0, 2);
    invitees.push({ id: (candidates[i] as InviteCandidate).id, name: nameOf(i), reason: describe(why), why, gain });
  }
  for (let i = 0; i < n; i++) cachedCoverage[i] = coverageParts(i).value;

  const nearMiss = new Map<number, NearMiss>();
  const blockReason = (i: number): NearMiss => {
    const c = candidates[i] as InviteCandidate;
    const key = orgKey(c);
    if (!orgAllows(state, i) && key !== null) {
      const k = (state.org.get(key) ?? 0) + 1;
      return { id: c.id, name: c.name, reason: `left out: ${ordinal(k)} person from ${c.organisation}, cap ${maxPerOrg}`, why: { kind: 'maxPerOrg', values: { organisation: c.organisation ?? '', rank: k, cap: maxPerOrg ?? 0 } } };
    }
    if (parityOn && !quotasOn) return { id: c.id, name: c.name, reason: `left out: seats kept for gender parity (${parity})`, why: { kind: 'parity', values: { parity: parity ?? 0 } } };
    if (quotasOn && !parityOn) return { id: c.id, name: c.name, reason: `left out: seats kept for role quotas (${quotas.map((q) => `${q.roles.join('+')} ≥ ${q.atLeast}`).join(', ')})`, why: { kind: 'roleQuota', values: { quotas: quotas.map((q) => `${q.roles.join('+')}:${q.atLeast}`).join(',') } } };
    return { id: c.id, name: c.name, reason: `left out: seats kept for gender parity and role quotas`, why: { kind: 'parity', values: { parity: parity ?? 0 } } };
  };

  const eligible = (i: number) => !isChosen[i] && !excluded.has(i);
  /** This round's pool by kind, built on the first feasibility check of the round. */
  let roundKinds: number[][] | null = null;
  const feasibleToAdd = (i: number): boolean => {
    if (!orgAllows(state, i)) return false;
    if (!parityOn && !quotasOn) return true;
    const t = clone(state);
    apply(t, i);
    isChosen[i] = 1;
    roundKinds ??= kindsOf(isChosen);
    const ok = repairable(t, seatsLeft() - 1, parityOn, quotasOn, isChosen, roundKinds);
    isChosen[i] = 0;
    return ok;
  };

  // Lazy greedy on a max-heap keyed by an upper bound of each gain (stale coverage only
  // shrinks; newTies gains are re-keyed when they grow, which invalidates older entries).
  const bound = (i: number) => modular(i) + w.coverage * (cachedCoverage[i] as number) + w.newTies * (newTiesGain[i] as number);
  const heap = new GainHeap((i) => (candidates[i] as InviteCandidate).id);
  const version = new Int32Array(n);
  const exactIn = new Int32Array(n).fill(-1);
  const rekey = (i: number) => {
    version[i] = (version[i] as number) + 1;
    heap.push(bound(i), i, version[i] as number);
  };
  for (let i = 0; i < n; i++) if (eligible(i)) heap.push(bound(i), i, 0);
  for (let round = 0; seatsLeft() > 0; round++) {
    roundKinds = null;
    let best = -1;
    const blocked: number[] = [];
    const signatureBlocked = new Set<string>();
    while (heap.size > 0) {
      const { i, version: v } = heap.pop();
      if (v !== version[i] || !eligible(i)) continue;
      if (exactIn[i] !== round) {
        cachedCoverage[i] = coverageParts(i).value;
        exactIn[i] = round;
        rekey(i);
        continue;
      }
      // Exact and on top: the best gain left, if the constraints allow it.
      const c = candidates[i] as InviteCandidate;
      const sig = `${c.gender}|${(p.quotaMember[i] as boolean[]).join(',')}|${orgKeyOf[i]}`;
      if (signatureBlocked.has(sig) || !feasibleToAdd(i)) {
        signatureBlocked.add(sig);
        blocked.push(i);
        continue;
      }
      best = i;
      break;
    }
    if (best < 0) break;
    const bestGain = bound(best);
    for (const i of blocked) {
      if (bound(i) > bestGain + EPS && !nearMiss.has(i)) nearMiss.set(i, blockReason(i));
      rekey(i);
    }
    const { why, raised } = take(best);
    apply(state, best);
    chosen.push(best);
    isChosen[best] = 1;
    for (const j of raised) rekey(j);
    invitees.push({ id: (candidates[best] as InviteCandidate).id, name: nameOf(best), reason: describe(why), why, gain: bestGain });
  }

  // The waitlist: the best of the rest, by marginal gain on the final plan, within the org cap.
  const waitlist: InvitePlan['waitlist'] = [];
  const wanted = options.waitlist ?? 0;
  if (wanted > 0) {
    const rest = [];
    for (let i = 0; i < n; i++) {
      if (!eligible(i) || !orgAllows(state, i)) continue;
      rest.push({ i, gain: modular(i) + w.coverage * coverageParts(i).value + w.newTies * (newTiesGain[i] as number) });
    }
    rest.sort((a, b) => b.gain - a.gain || (candidates[a.i] as InviteCandidate).id - (candidates[b.i] as InviteCandidate).id);
    for (const r of rest.slice(0, wanted)) waitlist.push({ id: (candidates[r.i] as InviteCandidate).id, name: nameOf(r.i), gain: r.gain });
  }

  // Final constraint audit: anything still unmet is reported, never silent.
  if (parityOn && parityDeficit(state, true) > EPS) {
    violations.push({ constraint: 'parity', message: `parity ${parity} not reached: ${state.f} women and ${state.m} men invited`, shortBy: Math.ceil(parityDeficit(state, true)) });
  }
  if (quotasOn) {
    quotas.forEach((q, k) => {
      const short = q.atLeast - (state.quota[k] as number);
      if (short > 0) violations.push({ constraint: 'roleQuota', message: `quota ${q.roles.join('+')} ≥ ${q.atLeast} not reached: short by ${short}`, shortBy: short });
    });
  }

  let communitiesCovered = 0;
  for (const v of coveredComm) communitiesCovered += v;
  let reach = 0;
  for (const v of coveredReach) reach += v;
  const coverage = scale * (0.5 * communitiesCovered / Math.max(1, p.communities) + 0.5 * reach / Math.max(1, p.universe));
  return {
    invitees,
    waitlist,
    nearMisses: [...nearMiss.values()].slice(0, 20),
    objective: {
      total: w.influence * totals.influence + w.coverage * coverage + w.brokerage * totals.brokerage + w.newTies * totals.newTies,
      coverage,
      influence: totals.influence,
      brokerage: totals.brokerage,
      newTies: totals.newTies,
      communitiesCovered,
      communities: p.communities,
      reach,
      people: p.universe,
    },
    unknownGender: chosen.filter((i) => (candidates[i] as InviteCandidate).gender === null).length,
    violations,
  };
}

/** The objective of a given set (for comparisons and tests): same terms and weights as planInvites. */
export function inviteObjective(candidates: InviteCandidate[], ids: number[], capacity: number, weights: Partial<InviteWeights> = {}): ObjectiveBreakdown {
  const w: InviteWeights = { ...INVITE_WEIGHTS_DEFAULTS, ...weights };
  const p = prepare(candidates, []);
  const idx = ids.map((id) => {
    const i = p.index.get(id);
    if (i === undefined) throw new InvitePlanInputError(`person ${id} is not a candidate`);
    return i;
  });
  const comm = new Set(idx.map((i) => p.communityOf[i] as number).filter((k) => k >= 0));
  const reachSet = new Set<number>();
  for (const i of idx) for (const u of p.reach[i] as number[]) reachSet.add(u);
  const coverage = capacity * (0.5 * comm.size / Math.max(1, p.communities) + 0.5 * reachSet.size / Math.max(1, p.universe));
  const influence = idx.reduce((s, i) => s + (p.influenceNorm[i] as number), 0);
  const brokerage = idx.reduce((s, i) => s + Math.min(1, Math.max(0, (candidates[i] as InviteCandidate).brokerage)), 0);
  let newTies = 0;
  for (let a = 0; a < idx.length; a++) for (let b = a + 1; b < idx.length; b++) newTies += pairValue(p, idx[a] as number, idx[b] as number).value / Math.max(1, capacity - 1);
  return {
    total: w.influence * influence + w.coverage * coverage + w.brokerage * brokerage + w.newTies * newTies,
    coverage, influence, brokerage, newTies,
    communitiesCovered: comm.size, communities: p.communities, reach: reachSet.size, people: p.universe,
  };
}
