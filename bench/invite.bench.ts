// The invite planner at organiser scale: 200 seats among 20,000 people, with every constraint
// (20 seat holders, gender parity 0.5, 3 per organisation, at least 20 analysts or journalists,
// a waiting list of 20). Peer, measured in the same run on the same candidates: a plain greedy
// that recomputes every candidate's exact gain each round (no lazy evaluation) under the same
// objective and a simple constraint check.
//   npm run bench:invite            (or: node --import tsx bench/invite.bench.ts [--people N] [--seats K])
import { parseArgs } from 'node:util';
import type { Gender, Role } from '../src/shared/domain';
import { seededRandom } from '../src/main/core/graph/random';
import { inviteObjective, planInvites, type InviteCandidate, type InvitePlanOptions } from '../src/main/core/invite/plan';

const { values } = parseArgs({ options: { people: { type: 'string', default: '20000' }, seats: { type: 'string', default: '200' }, 'no-peer': { type: 'boolean', default: false } } });
const n = Number(values.people);
const seats = Number(values.seats);
const random = seededRandom(15);
const ROLES: Role[] = ['cmo', 'peer', 'peer', 'peer', 'analyst', 'journalist', 'consultant', 'cio', 'expert'];
const GENDERS: Array<Gender | null> = ['f', 'm', 'f', 'm', 'f', 'm', null, 'x'];

function candidates(count: number): InviteCandidate[] {
  // Ties: each person names ~5 others, preferring people of their own community (40 of them).
  const community = Array.from({ length: count }, () => Math.floor(random() * 40));
  const nb = Array.from({ length: count }, () => new Set<number>());
  const byCommunity = new Map<number, number[]>();
  community.forEach((c, i) => byCommunity.set(c, [...(byCommunity.get(c) ?? []), i]));
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 5; k++) {
      const pool = random() < 0.8 ? (byCommunity.get(community[i]!) as number[]) : null;
      const j = pool ? (pool[Math.floor(random() * pool.length)] as number) : Math.floor(random() * count);
      if (j !== i) {
        nb[i]!.add(j + 1);
        nb[j]!.add(i + 1);
      }
    }
  }
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    name: `P${i + 1}`,
    organisation: `Org ${Math.floor(random() * (count / 20))}`,
    gender: GENDERS[Math.floor(random() * GENDERS.length)] as Gender | null,
    role: ROLES[Math.floor(random() * ROLES.length)] as Role,
    influence: 100 * random() ** 3,
    community: community[i] as number,
    brokerage: random(),
    neighbours: [...(nb[i] as Set<number>)],
  }));
}

/** The peer: every round, the exact marginal gain of every eligible candidate (same objective,
 * kept up to date incrementally — only the lazy evaluation is missing), best first if the
 * constraints still allow it (org cap now; parity and quota by keeping enough seats for them). */
function plainGreedy(cands: InviteCandidate[], o: InvitePlanOptions): number[] {
  const w = { influence: 1, coverage: 1, brokerage: 0.5, newTies: 0.5 };
  const index = new Map(cands.map((c, i) => [c.id, i]));
  const adj = cands.map((c) => new Set(c.neighbours.map((id) => index.get(id) as number)));
  const reach = cands.map((_c, i) => {
    const set = new Set<number>([i, ...(adj[i] as Set<number>)]);
    for (const j of adj[i] as Set<number>) for (const k of adj[j] as Set<number>) set.add(k);
    return [...set];
  });
  const communities = new Set(cands.map((c) => c.community)).size;
  const maxInfluence = Math.max(...cands.map((c) => c.influence));
  const coveredComm = new Set<number | null>();
  const covered = new Uint8Array(cands.length);
  const chosen: number[] = [];
  const isChosen = new Uint8Array(cands.length);
  const exclude = new Set((o.exclude ?? []).map((id) => index.get(id)));
  const perOrg = new Map<string, number>();
  let women = 0;
  let men = 0;
  const quota = (o.roleQuotas ?? []).map(() => 0);
  const pairValue = (a: number, b: number) => {
    if ((adj[a] as Set<number>).has(b)) return 0;
    let shared = 0;
    for (const x of adj[a] as Set<number>) if ((adj[b] as Set<number>).has(x)) shared++;
    const d = Math.min((adj[a] as Set<number>).size, (adj[b] as Set<number>).size);
    return d > 0 ? shared / d : 0;
  };
  const gain = (i: number) => {
    const c = cands[i] as InviteCandidate;
    let newReach = 0;
    for (const u of reach[i] as number[]) if (!covered[u]) newReach++;
    const coverage = o.capacity * (0.5 * (coveredComm.has(c.community) ? 0 : 1) / communities + 0.5 * newReach / cands.length);
    let ties = 0;
    for (const j of chosen) ties += pairValue(i, j) / Math.max(1, o.capacity - 1);
    return w.influence * c.influence / maxInfluence + w.coverage * coverage + w.brokerage * c.brokerage + w.newTies * ties;
  };
  const take = (i: number) => {
    const c = cands[i] as InviteCandidate;
    chosen.push(i);
    isChosen[i] = 1;
    coveredComm.add(c.community);
    for (const u of reach[i] as number[]) covered[u] = 1;
    if (c.organisation) perOrg.set(c.organisation, (perOrg.get(c.organisation) ?? 0) + 1);
    if (c.gender === 'f') women++;
    if (c.gender === 'm') men++;
    (o.roleQuotas ?? []).forEach((q, k) => q.roles.includes(c.role) && (quota[k] = (quota[k] as number) + 1));
  };
  for (const id of o.must ?? []) take(index.get(id) as number);
  while (chosen.length < o.capacity) {
    const seatsLeft = o.capacity - chosen.length;
    let best = -1;
    let bestGain = -Infinity;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i] as InviteCandidate;
      if (isChosen[i] || exclude.has(i)) continue;
      if (o.maxPerOrg !== undefined && c.organisation && (perOrg.get(c.organisation) ?? 0) >= o.maxPerOrg) continue;
      const f = women + (c.gender === 'f' ? 1 : 0);
      const m = men + (c.gender === 'm' ? 1 : 0);
      const need = o.parity === undefined ? 0 : Math.max(0, Math.ceil(o.parity * (f + m)) - f) + Math.max(0, Math.ceil(o.parity * (f + m)) - m);
      const short = (o.roleQuotas ?? []).reduce((s, q, k) => s + Math.max(0, q.atLeast - (quota[k] as number) - (q.roles.includes(c.role) ? 1 : 0)), 0);
      if (need + short > seatsLeft - 1) continue;
      const g = gain(i);
      if (g > bestGain) {
        bestGain = g;
        best = i;
      }
    }
    if (best < 0) break;
    take(best);
  }
  return chosen.map((i) => (cands[i] as InviteCandidate).id);
}

function options(cands: InviteCandidate[]): InvitePlanOptions {
  return {
    capacity: seats,
    must: cands.slice(0, Math.round(seats / 10)).map((c) => c.id),
    exclude: cands.slice(-50).map((c) => c.id),
    parity: 0.5,
    maxPerOrg: 3,
    roleQuotas: [{ roles: ['analyst', 'journalist'], atLeast: Math.round(seats / 10) }],
    waitlist: 20,
  };
}

const cands = candidates(n);
const o = options(cands);
let t = performance.now();
const plan = planInvites(cands, o);
const oursMs = performance.now() - t;
const runs = [oursMs];
for (let k = 0; k < 2; k++) {
  t = performance.now();
  planInvites(cands, o);
  runs.push(performance.now() - t);
}
console.log(`ours: ${n} people, ${seats} seats, every constraint: ${runs.map((r) => `${(r / 1000).toFixed(2)} s`).join(', ')} (goal ≤ 2 s); ${plan.invitees.length} invited, ${plan.waitlist.length} on the waiting list, violations: ${plan.violations.length ? plan.violations.map((v) => v.constraint).join(', ') : 'none'}`);

// The peer on the same candidates and constraints, in the same run (minutes at 20,000 people).
if (values['no-peer']) process.exit(0);
t = performance.now();
const peer = plainGreedy(cands, o);
const peerMs = performance.now() - t;
const objOurs = inviteObjective(cands, plan.invitees.map((i) => i.id), seats).total;
const objPeer = inviteObjective(cands, peer, seats).total;
const best = Math.min(...runs);
console.log(`peer (plain greedy, exact gains every round, no lazy evaluation), same candidates: ${(peerMs / 1000).toFixed(2)} s — ours/peer ${(best / peerMs).toFixed(3)}×; objective ours ${objOurs.toFixed(2)} vs peer ${objPeer.toFixed(2)}`);
