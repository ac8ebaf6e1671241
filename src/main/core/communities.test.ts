// Named communities: automatic names, matching across runs by overlap, renames that last, and
// the same name in the planner's reasons, the CSV export, GEXF and the CLI.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { communityLabel } from '../../shared/communities';
import { autoCommunityName, communityLabels, matchByOverlap, renameCommunity, runCommunities } from './communities';
import { exportCsv } from './export/csv';
import { exportText } from './export/index';
import { planEventInvites } from './invite/service';
import { Network } from './network';
import { runScores } from './db/score-runs';

test('a community is named after its dominant organisation (half or more, three or more members), else its most influential member', () => {
  const m = (personId: number, influence: number, organisation: string | null, name = `P${personId}`) => ({ personId, influence, name, organisation });
  assert.deepEqual(autoCommunityName([m(1, 10, 'Acme'), m(2, 90, 'Beta', 'Claire Faure'), m(3, 20, 'acme ')]), { kind: 'organisation', name: 'Acme' });
  assert.deepEqual(autoCommunityName([m(1, 10, 'Acme'), m(2, 90, 'Beta', 'Claire Faure'), m(3, 20, 'Corp')]), { kind: 'person', name: 'Claire Faure' });
  // Two members of the same organisation are a pair, not an organisation's community.
  assert.deepEqual(autoCommunityName([m(4, 50, 'Acme', 'Ana'), m(5, 50, 'Acme', 'Ben')]), { kind: 'person', name: 'Ana' });
  assert.equal(communityLabel({ kind: 'person', name: 'Claire Faure' }), "Claire Faure's circle");
  assert.equal(communityLabel({ kind: 'person', name: 'Claire Faure' }, 'fr'), 'Cercle de Claire Faure');
  assert.equal(communityLabel({ kind: 'organisation', name: 'Acme' }, 'fr'), 'Acme');
});

test('matchByOverlap pairs renumbered communities with the previous ones they mostly share', () => {
  // Previous run: community 0 = {1,2,3,4}, 1 = {5,6,7}, 2 = {8}. The new run renumbers them,
  // moves 4 across, and splits nothing: each finds its predecessor; a newcomer-only one does not.
  const previousOf = new Map([[1, 0], [2, 0], [3, 0], [4, 0], [5, 1], [6, 1], [7, 1], [8, 2]]);
  const previousSize = new Map([[0, 4], [1, 3], [2, 1]]);
  const current = new Map([[0, [5, 6, 7, 4]], [1, [1, 2, 3]], [2, [9, 10]]]);
  assert.deepEqual([...matchByOverlap(current, previousOf, previousSize)].sort(), [[0, 1], [1, 0]]);
});

test('names last across runs, renames are kept, and every output says the same name', async () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const db = network.db;
  const first = runScores(db);
  const one = runCommunities(db, first.id);
  assert.equal(one.length, first.communities);
  assert.equal(new Set(one.map((c) => c.name)).size, one.length, 'names are unique');
  assert.ok(one.every((c) => c.kind === 'person' || c.kind === 'organisation'));
  assert.equal(one.reduce((s, c) => s + c.size, 0), 300);

  // The largest community renamed by the user; a new run (one more tie) keeps every lasting id.
  const largest = one[0]!;
  renameCommunity(db, largest.id, 'Les bâtisseurs');
  db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (2, 3, 'mention', 'x', '2026-11-01')").run();
  const second = runScores(db);
  const two = runCommunities(db, second.id);
  const kept = two.filter((c) => one.some((o) => o.id === c.id));
  assert.ok(kept.length >= Math.min(one.length, two.length) - 1, `${kept.length} of ${two.length} communities found again`);
  const renamed = two.find((c) => c.id === largest.id);
  assert.deepEqual(renamed && { kind: renamed.kind, name: renamed.name }, { kind: 'custom', name: 'Les bâtisseurs' });

  // The same name in the CSV export, GEXF, and the planner's reasons.
  const labels = communityLabels(db, second.id);
  const csv = exportCsv(db).split('\r\n');
  const header = (csv[0] ?? '').split(',');
  const nameCol = header.indexOf('community_name');
  const communityCol = header.indexOf('community');
  const row = csv.slice(1).find((l) => l.split(',')[nameCol] === 'Les bâtisseurs');
  assert.ok(row, 'the renamed community is in the CSV');
  // The community column is numbered from 1, as on screen; the store keeps Louvain's 0-based index.
  assert.equal(labels.get(Number(row.split(',')[communityCol]) - 1), 'Les bâtisseurs');
  assert.match(exportText(db, 'gexf'), /<attvalue for="community_name" value="Les bâtisseurs"\/>/);
  const dinner = (db.prepare('SELECT id FROM event ORDER BY date DESC LIMIT 1').get() as { id: number }).id;
  const plan = planEventInvites(db, { eventId: dinner, capacity: 20 });
  const firsts = plan.plan.invitees.flatMap((i) => i.why.filter((w) => w.kind === 'newCommunity').map(() => i.reason));
  assert.ok(firsts.length > 0);
  for (const reason of firsts) assert.match(reason, /first from (.+'s circle|Les bâtisseurs|[^;]+)/);
  assert.ok(plan.plan.invitees.every((i) => !/community -?\d/.test(i.reason)), 'no community numbers in reasons');
  assert.ok(Object.values(plan.communities).some((c) => c.name === 'Les bâtisseurs'));
  network.close();
});
