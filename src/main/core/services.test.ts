// The service API on the real sample network: what every host relies on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Api } from '../../shared/contract';
import { dispatch } from './dispatch';
import { Network } from './network';
import { PreferenceStore } from './preferences';
import { createServices, type Emit } from './services';

function setup() {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const events: Array<[string, unknown]> = [];
  const emit: Emit = (channel, payload) => events.push([channel, payload]);
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit });
  return { network, api, events };
}

test('the sample network has the promised shape', async () => {
  const { api } = setup();
  const info = await api['network:info'](undefined);
  assert.equal(info.isSample, true);
  assert.equal(info.counts.people, 300);
  assert.equal(info.counts.events, 12);
  assert.equal(info.counts.interactions, 5000);
  assert.ok(info.counts.organisations >= 30);
  const owner = (await api['people:list']({ limit: 1 })).people[0];
  assert.equal(owner?.isMe, true);
  const roles = new Set((await api['people:list']({ limit: 1000 })).people.map((p) => p.role));
  for (const role of ['cmo', 'peer', 'analyst', 'journalist', 'consultant', 'cio', 'expert']) assert.ok(roles.has(role as never), `role ${role} present`);
});

test('the sample is deterministic and a different seed gives a different network', async () => {
  // Tie strengths decay from "now", so compare at a fixed reference time.
  const query = { to: '2027-01-01' };
  const a = await setup().api['graph:get'](query);
  const b = await setup().api['graph:get'](query);
  assert.deepEqual(a, b);
  const other = Network.create(':memory:', { sample: { seed: 7 } });
  const c = createServices({ networks: { current: () => other }, preferences: new PreferenceStore(null), emit: () => {} });
  assert.notDeepEqual((await c['graph:get'](query)).edges, a.edges);
});

test('graph view aggregates weighted edges per pair and marks reciprocity', async () => {
  const { api, network } = setup();
  const view = await api['graph:get']({});
  const db = network.db;
  const pairs = (db.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT from_person_id, to_person_id FROM interaction)').get() as { n: number }).n;
  assert.equal(view.edges.length, pairs);
  // Recompute one edge by hand with the DESIGN.md kind weights.
  const edge = view.edges.find((e) => e.count >= 3);
  assert.ok(edge);
  const rows = db.prepare('SELECT kind, weight FROM interaction WHERE from_person_id = ? AND to_person_id = ?').all(edge.source, edge.target) as Array<{ kind: string; weight: number }>;
  const weights: Record<string, number> = { mention: 1, reply: 1, quote: 1, comment: 1, message: 1, repost: 0.5, like: 0.25, met: 1 };
  assert.equal(edge.weight, rows.reduce((s, r) => s + r.weight * (weights[r.kind] as number), 0));
  const reverse = db.prepare('SELECT 1 FROM interaction WHERE from_person_id = ? AND to_person_id = ?').get(edge.target, edge.source);
  assert.equal(edge.reciprocal, reverse !== undefined);
  const share = view.edges.filter((e) => e.reciprocal).length / view.edges.length;
  assert.ok(share > 0.3 && share < 0.8, `network reciprocity ${share} is realistic`);
});

test('graph view follows the time window and the channels', async () => {
  const { api, network } = setup();
  const all = await api['graph:get']({});
  const linkedin = await api['graph:get']({ channels: ['linkedin'] });
  const expected = (network.db.prepare("SELECT count(*) AS n FROM (SELECT DISTINCT from_person_id, to_person_id FROM interaction WHERE channel = 'linkedin')").get() as { n: number }).n;
  assert.equal(linkedin.edges.length, expected);
  assert.ok(linkedin.edges.length < all.edges.length);
  const year = await api['graph:get']({ from: '2025-01-01', to: '2025-12-31' });
  const inYear = (network.db.prepare("SELECT count(*) AS n FROM (SELECT DISTINCT from_person_id, to_person_id FROM interaction WHERE at >= '2025-01-01' AND at <= '2025-12-31T23:59:59.999Z')").get() as { n: number }).n;
  assert.equal(year.edges.length, inYear);
});

test('people search finds by name, organisation and handle, and treats wildcards literally', async () => {
  const { api } = setup();
  const everyone = (await api['people:list']({ limit: 1000 })).people;
  const someone = everyone[10];
  assert.ok(someone);
  const byName = await api['people:list']({ search: someone.name });
  assert.ok(byName.people.some((p) => p.id === someone.id));
  const byOrg = await api['people:list']({ search: 'Nuageo', limit: 1000 });
  assert.ok(byOrg.total > 0);
  assert.ok(byOrg.people.every((p) => p.organisation === 'Nuageo'));
  assert.equal((await api['people:list']({ search: '%' })).total, 0);
  const detail = await api['person:get'](someone.id);
  const handle = detail?.person.handles.find((h) => h.kind === 'x');
  if (handle) assert.ok((await api['people:list']({ search: `@${handle.value}` })).people.some((p) => p.id === someone.id));
});

test('a person page adds up: partners, reciprocity and events match the tables', async () => {
  const { api, network } = setup();
  const detail = await api['person:get'](1);
  assert.ok(detail);
  assert.equal(detail.person.isMe, true);
  const sent = Object.values(detail.activity.sent).reduce((a, b) => a + (b ?? 0), 0);
  assert.equal(sent, (network.db.prepare('SELECT count(*) AS n FROM interaction WHERE from_person_id = 1').get() as { n: number }).n);
  assert.ok(detail.activity.reciprocalPartners <= detail.activity.partners);
  assert.ok(detail.events.length > 0);
  assert.equal(await api['person:get'](99999), null);
});

test('editing a person validates, persists, and announces the change', async () => {
  const { api, events } = setup();
  const updated = await api['person:update']({ id: 2, patch: { role: 'journalist', organisation: 'Stripe, Inc.', tags: ['presse', 'presse', 'IA'] } });
  assert.equal(updated.role, 'journalist');
  assert.equal(updated.organisation, 'Stripe, Inc.');
  assert.deepEqual(updated.tags, ['presse', 'IA']);
  await api['person:update']({ id: 3, patch: { organisation: 'stripe' } });
  const three = await api['person:get'](3);
  assert.equal(three?.person.organisation, 'Stripe, Inc.', 'organisations are deduplicated by key');
  assert.ok(events.some(([channel]) => channel === 'network:changed'));
  const bad = await dispatch(api, 'person:update', { id: 2, patch: { role: 'wizard' } });
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.error.code, 'invalid_input');
  assert.equal(!bad.ok && bad.error.issues?.[0]?.path, 'patch.role');
  const missing = await dispatch(api, 'person:update', { id: 4242, patch: { name: 'X' } });
  assert.deepEqual(!missing.ok && missing.error.code, 'not_found');
});

test('dispatch rejects unknown channels and malformed payloads before any service runs', async () => {
  let called = false;
  const api = new Proxy({}, { get: () => async () => { called = true; } }) as unknown as Api;
  for (const [channel, payload] of [
    ['shell:exec', 'rm -rf /'],
    ['graph:get', { from: 'yesterday' }],
    ['graph:get', { channels: ['telepathy'] }],
    ['graph:get', { extra: true }],
    ['people:list', { limit: 10_000 }],
    ['person:get', -1],
    ['person:get', '1'],
    ['positions:save', [{ id: 1, x: Number.NaN, y: 0 }]],
    ['preferences:set', { language: 'de' }],
    ['sample:regenerate', { seed: 1.5 }],
  ] as const) {
    const result = await dispatch(api, channel, payload);
    assert.equal(result.ok, false, `${channel} ${JSON.stringify(payload)} is refused`);
  }
  assert.equal(called, false);
});

test('positions are saved per network and come back with the graph', async () => {
  const { api } = setup();
  assert.equal(await api['positions:save']([{ id: 1, x: 10.5, y: -3 }, { id: 2, x: 0, y: 0 }, { id: 99999, x: 1, y: 1 }]), 2);
  const view = await api['graph:get']({});
  assert.deepEqual(view.nodes.find((n) => n.id === 1), { ...view.nodes.find((n) => n.id === 1), x: 10.5, y: -3 });
  assert.equal(view.nodes.find((n) => n.id === 3)?.x, undefined);
});

test('regenerating the sample replaces it whole and reports progress; own data is never wiped', async () => {
  const { api, events } = setup();
  const before = await api['graph:get']({});
  const info = await api['sample:regenerate']({ seed: 11 });
  assert.equal(info.counts.people, 300);
  assert.notDeepEqual((await api['graph:get']({})).edges, before.edges);
  assert.ok(events.some(([channel]) => channel === 'job:progress'));

  const own = Network.create(':memory:', { sample: false });
  own.db.prepare("INSERT INTO person (name, created_at) VALUES ('Ada', '2025-01-01')").run();
  const ownApi = createServices({ networks: { current: () => own }, preferences: new PreferenceStore(null), emit: () => {} });
  const refused = await dispatch(ownApi, 'sample:regenerate', { seed: 1 });
  assert.equal(!refused.ok && refused.error.code, 'conflict');
  assert.equal((await ownApi['network:info'](undefined)).counts.people, 1);
});

test('preferences persist and are announced', async () => {
  const { api, events } = setup();
  assert.deepEqual(await api['preferences:get'](undefined), { language: 'system', theme: 'system' });
  assert.deepEqual(await api['preferences:set']({ language: 'fr' }), { language: 'fr', theme: 'system' });
  assert.deepEqual(await api['preferences:get'](undefined), { language: 'fr', theme: 'system' });
  assert.ok(events.some(([channel]) => channel === 'preferences:changed'));
});

test('the invite planner gets its first score run from the score job, with progress, not silently on the main thread', async () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const events: Array<[string, unknown]> = [];
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: (channel, payload) => events.push([channel, payload]) });
  assert.deepEqual(await api['scores:runs'](undefined), [], 'no run yet');
  const { id } = (await api['events:list'](undefined))[0] as { id: number };
  const result = await api['invite:plan']({ eventId: id, capacity: 10 });
  assert.equal(result.plan.invitees.length, 10);
  assert.ok(events.some(([channel, p]) => channel === 'job:progress' && (p as { job: string; phase: string }).job === 'scores' && (p as { phase: string }).phase !== 'done'), 'score progress was reported');
  const changed = events.find(([channel]) => channel === 'scores:changed');
  assert.ok(changed, 'the new run was announced');
  assert.equal(result.runId, (changed[1] as { id: number }).id, 'the plan uses that run');
  network.close();
});
