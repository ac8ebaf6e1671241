// "Show audience": the accounts are added around the owner with ids no person has. Run by
// `npm run test:unit`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GraphView } from '../../../../shared/domain';
import { isAudienceNode, withAudience } from './audience-nodes';

const view: GraphView = {
  nodes: [
    { id: 1, name: 'Nadia', role: 'cmo', organisation: null, isMe: true, inDegree: 0, outDegree: 1, x: 100, y: 100 },
    { id: 2, name: 'Bob', role: 'other', organisation: null, isMe: false, inDegree: 1, outDegree: 0, x: 400, y: 500 },
  ],
  edges: [{ source: 1, target: 2, weight: 1, count: 1, reciprocal: false, strength: 1 }],
};

test('followers point to the owner, followings from the owner, both ways when both', () => {
  const shown = withAudience(view, { takenAt: '2024-03-15T08:00:00.000Z', total: 3, accounts: [
    { accountId: '211', follower: true, following: false },
    { accountId: '302', follower: false, following: true },
    { accountId: '301', follower: true, following: true },
  ] }, (id) => `X account ${id}`);
  assert.deepEqual(shown.nodes.slice(2).map((n) => [n.id, n.name]), [[-1, 'X account 211'], [-2, 'X account 302'], [-3, 'X account 301']]);
  assert.deepEqual(shown.edges.slice(1).map((e) => [e.source, e.target, e.reciprocal]), [[-1, 1, false], [1, -2, false], [-3, 1, true], [1, -3, true]]);
  assert.ok(shown.nodes.slice(2).every((n) => isAudienceNode(n.id)) && !isAudienceNode(2));
  // On a ring around the owner, outside Bob (500 away) by 120: nobody else moves.
  for (const n of shown.nodes.slice(2)) assert.ok(Math.abs(Math.hypot(n.x! - 100, n.y! - 100) - 620) < 1e-9);
  assert.deepEqual([shown.nodes[2]!.x, shown.nodes[2]!.y], [720, 100]);
  assert.deepEqual(shown.nodes.slice(0, 2), view.nodes);
  // No owner: nothing to tie the audience to.
  assert.equal(withAudience({ ...view, nodes: view.nodes.map((n) => ({ ...n, isMe: false })) }, { takenAt: null, total: 1, accounts: [{ accountId: '9', follower: true, following: false }] }, String).nodes.length, 2);
});
