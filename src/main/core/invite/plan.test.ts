// The invite planner: Davis's Southern Women against networkx, constraints as properties,
// and the greedy coverage bound against brute force.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Gender, Role } from '../../../shared/domain';
import { comparePlans } from './compare';
import { loadInviteInput } from './load';
import { inviteObjective, planInvites, type InviteCandidate, type InvitePlanOptions } from './plan';
import { davisDb } from '../../../../test-support/invite-network';

const COVERAGE_ONLY = { influence: 0, coverage: 1, brokerage: 0, newTies: 0 };

test('Davis: co-attendance ties of ≥ 3 shared events match networkx\'s weighted projection', () => {
  const { db, fixture, eventId } = davisDb();
  const input = loadInviteInput(db, { eventId: eventId.get('E15') as number, minSharedEvents: 3 });
  assert.equal(input.source, 'planning-graph');
  assert.equal(input.candidates.length, 18);
  const degree = Object.fromEntries(input.candidates.map((c) => [c.name, c.neighbours.length]));
  assert.deepEqual(degree, fixture.minShared3.degree);
  assert.equal(input.candidates.reduce((s, c) => s + c.neighbours.length, 0) / 2, fixture.minShared3.edges);
  // With ≥ 1 shared event the projection is networkx's: 139 of the 153 pairs.
  const all = loadInviteInput(db, { eventId: eventId.get('E15') as number });
  assert.equal(all.candidates.reduce((s, c) => s + c.neighbours.length, 0) / 2, fixture.projection.length);
  // No interactions, so influence and brokerage come from the weighted projection: networkx's
  // pagerank(P, weight="weight") rescaled 0–100, and 1 − constraint(P, weight="weight").
  for (const c of all.candidates) {
    assert.ok(Math.abs(c.influence - (fixture.influence[c.name] as number)) < 1e-6, `${c.name} influence ${c.influence}`);
    assert.ok(Math.abs(c.brokerage - (fixture.brokerage[c.name] as number)) < 1e-9, `${c.name} brokerage ${c.brokerage}`);
  }
  db.close();
});

test('Davis: greedy 2-hop coverage picks what networkx\'s greedy picks, and says why', () => {
  const { db, fixture, eventId } = davisDb();
  const input = loadInviteInput(db, { eventId: eventId.get('E15') as number, minSharedEvents: 3 });
  // One community for all: the coverage term is 2-hop reach only, as in make-davis.py.
  const candidates = input.candidates.map((c) => ({ ...c, community: 0 }));
  const plan = planInvites(candidates, { capacity: 3, weights: COVERAGE_ONLY });
  const ref = fixture.minShared3.greedyReach;
  assert.deepEqual(plan.invitees.map((i) => i.name), ref.picks); // Theresa Anderson, Dorothy Murchison, Olivia Carleton
  assert.equal(plan.invitees[0]?.reason, 'first from community 1; +15 people within 2 hops not yet covered', 'communities are numbered from 1, as on screen');
  assert.deepEqual(plan.invitees[0]?.why[1], { kind: 'reach', values: { people: ref.gains[0] as number } });
  assert.equal(plan.invitees[1]?.reason, '+1 people within 2 hops not yet covered');
  assert.equal(plan.objective.reach, 17);
  assert.equal(plan.objective.people, 18);
  assert.deepEqual(plan.violations, []);
  // Theresa's 2-hop reach is networkx's single_source_shortest_path_length(cutoff=2).
  assert.equal(fixture.minShared3.twoHop['Theresa Anderson'], 15);
  db.close();
});

test('Davis: hosts and speakers are must-invites, decliners are left out, and the plan explains itself', () => {
  const { db, personId, eventId } = davisDb();
  const e15 = eventId.get('E15') as number;
  const evelyn = personId.get('Evelyn Jefferson') as number;
  const nora = personId.get('Nora Fayette') as number;
  const flora = personId.get('Flora Price') as number;
  db.prepare("INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, 'host', 'confirmed'), (?, ?, 'speaker', 'confirmed')").run(evelyn, e15, nora, e15);
  db.prepare("UPDATE attendance SET status = 'declined' WHERE person_id = ? AND event_id = ?").run(flora, eventId.get('E11'));
  const input = loadInviteInput(db, { eventId: e15, declinedLastK: 4 });
  assert.deepEqual(input.must, [evelyn, nora]);
  assert.deepEqual(input.exclude, [flora]);
  assert.equal(input.excludeReasons[flora], 'declined E11');
  const plan = planInvites(input.candidates, { capacity: 5, must: input.must, mustLabels: input.mustLabels, exclude: input.exclude, waitlist: 3 });
  assert.equal(plan.invitees.length, 5);
  assert.deepEqual(plan.invitees.slice(0, 2).map((i) => i.id), [evelyn, nora]);
  assert.match(plan.invitees[0]?.reason ?? '', /^must invite: host/);
  assert.match(plan.invitees[1]?.reason ?? '', /^must invite: speaker/);
  assert.ok(!plan.invitees.some((i) => i.id === flora));
  assert.equal(plan.waitlist.length, 3);
  assert.ok(plan.waitlist.every((w) => !plan.invitees.some((i) => i.id === w.id) && w.id !== flora));
  // After the two must-invites every woman is within 2 hops and both Louvain communities are
  // covered (Evelyn: 1, Nora: 0), so the rest go by influence + ½ brokerage: Theresa Anderson
  // (100 + ½·0.754), then Sylvia Avondale and Brenda Rogers.
  const community = new Map(input.candidates.map((c) => [c.id, c.community]));
  assert.notEqual(community.get(evelyn), community.get(nora));
  assert.deepEqual(plan.invitees.map((i) => i.name), ['Evelyn Jefferson', 'Nora Fayette', 'Theresa Anderson', 'Sylvia Avondale', 'Brenda Rogers']);
  assert.equal(plan.invitees[0]?.reason, 'must invite: host; +18 people within 2 hops not yet covered');
  assert.equal(plan.invitees[2]?.reason, 'influence 100; bridges community 2 and community 1', 'communities are numbered from 1, as on screen');
  const theresa = input.candidates.find((c) => c.name === 'Theresa Anderson') as InviteCandidate;
  assert.ok(Math.abs((plan.invitees[2]?.gain ?? 0) - (1 + 0.5 * theresa.brokerage)) < 1e-12);
  assert.deepEqual(plan.waitlist.map((w) => w.name), ['Laura Mandeville', 'Ruth DeSand', 'Verne Sanderson']);
  assert.equal(plan.objective.communitiesCovered, plan.objective.communities);
  db.close();
});

// ---------- random networks ----------

const ROLES_USED: Role[] = ['analyst', 'journalist', 'peer', 'cmo'];
const ORGS = ['Acme', 'Beta', 'Corp', null];

const arbNetwork = (maxN: number) =>
  fc.integer({ min: 2, max: maxN }).chain((n) =>
    fc.record({
      people: fc.array(
        fc.record({
          gender: fc.constantFrom<Gender | null>('f', 'm', 'x', null, 'f', 'm'),
          org: fc.constantFrom(...ORGS),
          role: fc.constantFrom(...ROLES_USED),
          influence: fc.integer({ min: 0, max: 100 }),
          community: fc.integer({ min: 0, max: 3 }),
          brokerage: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { minLength: n, maxLength: n },
      ),
      edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 3 * n }),
    }),
  );

function toCandidates(net: { people: Array<{ gender: Gender | null; org: string | null; role: Role; influence: number; community: number; brokerage: number }>; edges: Array<[number, number]> }): InviteCandidate[] {
  const nb = net.people.map(() => new Set<number>());
  for (const [a, b] of net.edges) if (a !== b) { nb[a]?.add(b + 1); nb[b]?.add(a + 1); }
  return net.people.map((p, i) => ({ id: i + 1, name: `P${i + 1}`, organisation: p.org, gender: p.gender, role: p.role, influence: p.influence, community: p.community, brokerage: p.brokerage, neighbours: [...(nb[i] as Set<number>)] }));
}

function satisfies(cands: InviteCandidate[], ids: number[], o: InvitePlanOptions): boolean {
  const set = new Set(ids);
  if (ids.length > o.capacity || set.size !== ids.length) return false;
  if ((o.must ?? []).some((m) => !set.has(m)) || (o.exclude ?? []).some((x) => set.has(x))) return false;
  const people = cands.filter((c) => set.has(c.id));
  if (o.maxPerOrg !== undefined) {
    const count = new Map<string, number>();
    for (const c of people) if (c.organisation) count.set(c.organisation, (count.get(c.organisation) ?? 0) + 1);
    if ([...count.values()].some((k) => k > (o.maxPerOrg as number))) return false;
  }
  if (o.parity !== undefined) {
    const known = people.filter((c) => c.gender === 'f' || c.gender === 'm').length;
    for (const g of ['f', 'm']) if (people.filter((c) => c.gender === g).length < o.parity * known - 1e-9) return false;
  }
  for (const q of o.roleQuotas ?? []) if (people.filter((c) => q.roles.includes(c.role)).length < q.atLeast) return false;
  return true;
}

function subsets<T>(items: T[], max: number, f: (s: T[]) => void, start = 0, acc: T[] = []): void {
  f(acc);
  if (acc.length === max) return;
  for (let i = start; i < items.length; i++) subsets(items, max, f, i + 1, [...acc, items[i] as T]);
}

function feasible(cands: InviteCandidate[], o: InvitePlanOptions): boolean {
  const must = o.must ?? [];
  if (must.some((m) => (o.exclude ?? []).includes(m))) return false;
  const rest = cands.map((c) => c.id).filter((id) => !must.includes(id) && !(o.exclude ?? []).includes(id));
  let found = false;
  subsets(rest, Math.max(0, o.capacity - must.length), (s) => {
    if (!found && satisfies(cands, [...must, ...s], o)) found = true;
  });
  return found && must.length <= o.capacity;
}

const arbOptions = (n: number) =>
  fc.record({
    capacity: fc.integer({ min: 1, max: 5 }),
    must: fc.uniqueArray(fc.integer({ min: 1, max: n }), { maxLength: 3 }),
    exclude: fc.uniqueArray(fc.integer({ min: 1, max: n }), { maxLength: 3 }),
    parity: fc.option(fc.constantFrom(0.5, 0.4, 0.3), { nil: undefined }),
    maxPerOrg: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    roleQuotas: fc.option(fc.array(fc.record({ roles: fc.subarray(ROLES_USED, { minLength: 1, maxLength: 2 }), atLeast: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }), { nil: undefined }),
  });

test('property: when no violation is reported every constraint holds, and a violation is reported exactly when the constraints are infeasible', () => {
  fc.assert(
    fc.property(
      arbNetwork(10).chain((net) => fc.tuple(fc.constant(net), arbOptions(net.people.length))),
      ([net, raw]) => {
        const cands = toCandidates(net);
        const options = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as unknown as InvitePlanOptions;
        const plan = planInvites(cands, options);
        const ids = plan.invitees.map((i) => i.id);
        const ok = feasible(cands, options);
        assert.equal(plan.violations.length === 0, ok, `violations ${JSON.stringify(plan.violations)} but brute force says feasible=${ok}`);
        if (ok) assert.ok(satisfies(cands, ids, options), `plan ${ids} breaks a constraint`);
        // Always: capacity, exclude, no duplicates, and unknownGender counts the invitees.
        // Every must-invite not excluded is kept, even beyond capacity (reported as a violation).
        const kept = new Set((options.must ?? []).filter((m) => !(options.exclude ?? []).includes(m)));
        for (const m of kept) assert.ok(ids.includes(m), `must ${m} dropped`);
        assert.ok(ids.length <= Math.max(options.capacity, kept.size));
        if (kept.size > options.capacity) assert.ok(plan.violations.some((v) => v.constraint === 'capacity' && v.shortBy === kept.size - options.capacity));
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(!ids.some((id) => (options.exclude ?? []).includes(id)));
        assert.equal(plan.unknownGender, cands.filter((c) => ids.includes(c.id) && c.gender === null).length);
        for (const v of plan.violations) assert.ok(v.shortBy >= 1 && v.message.length > 0);
      },
    ),
    { numRuns: 400, seed: 20260 },
  );
});

test('property: the plan fills every seat when nothing but capacity constrains it, and its objective is recomputable', () => {
  fc.assert(
    fc.property(arbNetwork(12), fc.integer({ min: 1, max: 5 }), (net, capacity) => {
      const cands = toCandidates(net);
      const plan = planInvites(cands, { capacity });
      assert.equal(plan.invitees.length, Math.min(capacity, cands.length));
      const again = inviteObjective(cands, plan.invitees.map((i) => i.id), capacity);
      assert.ok(Math.abs(again.total - plan.objective.total) < 1e-9, `${again.total} vs ${plan.objective.total}`);
      assert.ok(Math.abs(plan.invitees.reduce((s, i) => s + i.gain, 0) - plan.objective.total) < 1e-9);
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('property: greedy coverage is never below (1 − 1/e) of the brute-force optimum (n ≤ 12, capacity ≤ 5)', () => {
  let worst = Infinity;
  fc.assert(
    fc.property(arbNetwork(12), fc.integer({ min: 1, max: 5 }), fc.boolean(), (net, capacity, coverageOnly) => {
      const cands = toCandidates(net);
      const weights = coverageOnly ? COVERAGE_ONLY : { influence: 1, coverage: 1, brokerage: 0.5, newTies: 0 };
      const plan = planInvites(cands, { capacity, weights });
      let best = 0;
      subsets(cands.map((c) => c.id), capacity, (s) => {
        if (s.length === Math.min(capacity, cands.length)) best = Math.max(best, inviteObjective(cands, s, capacity, weights).total);
      });
      const ratio = best > 0 ? plan.objective.total / best : 1;
      worst = Math.min(worst, ratio);
      assert.ok(plan.objective.total >= (1 - 1 / Math.E) * best - 1e-9, `greedy ${plan.objective.total} vs optimum ${best}`);
    }),
    { numRuns: 300, seed: 11 },
  );
  assert.ok(worst >= 1 - 1 / Math.E && worst <= 1);
});

test('infeasible constraints say which and by how much', () => {
  const cands: InviteCandidate[] = [
    { id: 1, name: 'Ana', organisation: 'Acme', gender: 'f', role: 'analyst', influence: 90, community: 0, brokerage: 0.2, neighbours: [2] },
    { id: 2, name: 'Ben', organisation: 'Acme', gender: 'm', role: 'peer', influence: 80, community: 0, brokerage: 0.1, neighbours: [1, 3] },
    { id: 3, name: 'Cy', organisation: 'Acme', gender: 'm', role: 'peer', influence: 70, community: 1, brokerage: 0.9, neighbours: [2, 4] },
    { id: 4, name: 'Dan', organisation: 'Beta', gender: 'm', role: 'journalist', influence: 10, community: 1, brokerage: 0, neighbours: [3] },
  ];
  assert.deepEqual(planInvites(cands, { capacity: 2, must: [1, 2, 3] }).violations, [{ constraint: 'capacity', message: '3 must-invite people for 2 seats: over by 1', shortBy: 1 }]);
  assert.deepEqual(planInvites(cands, { capacity: 4, must: [1, 2, 3], maxPerOrg: 2 }).violations, [{ constraint: 'maxPerOrg', message: '3 must-invite people from Acme, cap 2: over by 1', shortBy: 1 }]);
  const quota = planInvites(cands, { capacity: 3, roleQuotas: [{ roles: ['journalist', 'analyst'], atLeast: 3 }] });
  assert.deepEqual(quota.violations, [{ constraint: 'roleQuota', message: 'quota journalist+analyst ≥ 3: only 2 candidates are journalist or analyst, short by 1', shortBy: 1 }]);
  const parity = planInvites(cands, { capacity: 4, parity: 0.5, must: [2, 3, 4] });
  assert.equal(parity.violations[0]?.constraint, 'parity');
  assert.match(parity.violations[0]?.message ?? '', /the must-invites hold 0 women and 3 men; 1 women and 3 men are available and 1 seats left — short by 2/);
  assert.equal(parity.violations[0]?.shortBy, 2);
});

test('org cap and parity shape the plan, with near misses explained, and comparePlans says what changed', () => {
  const cands: InviteCandidate[] = [
    { id: 1, name: 'Ana', organisation: 'Acme', gender: 'm', role: 'analyst', influence: 100, community: 0, brokerage: 0.5, neighbours: [] },
    { id: 2, name: 'Ben', organisation: 'Acme', gender: 'm', role: 'peer', influence: 95, community: 0, brokerage: 0.5, neighbours: [] },
    { id: 3, name: 'Cy', organisation: 'Acme', gender: 'm', role: 'peer', influence: 90, community: 0, brokerage: 0.5, neighbours: [] },
    { id: 4, name: 'Dee', organisation: 'Beta', gender: 'f', role: 'journalist', influence: 10, community: 0, brokerage: 0.5, neighbours: [] },
    { id: 5, name: 'Eve', organisation: 'Corp', gender: 'f', role: 'peer', influence: 5, community: 0, brokerage: 0.5, neighbours: [] },
  ];
  const weights = { influence: 1, coverage: 0, brokerage: 0, newTies: 0 };
  const free = planInvites(cands, { capacity: 3, weights });
  assert.deepEqual(free.invitees.map((i) => i.id), [1, 2, 3]);
  const capped = planInvites(cands, { capacity: 3, weights, maxPerOrg: 2 });
  assert.deepEqual(capped.invitees.map((i) => i.id), [1, 2, 4]);
  assert.deepEqual(capped.nearMisses.map((m) => m.reason), ['left out: 3rd person from Acme, cap 2']);
  const fair = planInvites(cands, { capacity: 4, weights, parity: 0.5 });
  assert.deepEqual(fair.invitees.map((i) => i.id).sort(), [1, 2, 4, 5]);
  assert.equal(fair.nearMisses[0]?.id, 3);
  assert.equal(fair.nearMisses[0]?.why.kind, 'parity');
  const diff = comparePlans(free, capped);
  assert.deepEqual(diff.entering.map((e) => e.id), [4]);
  assert.deepEqual(diff.leaving.map((e) => e.id), [3]);
  assert.deepEqual(diff.kept, [1, 2]);
  assert.ok(Math.abs(diff.objectiveDelta.influence - (0.1 - 0.9)) < 1e-12);
});
