// "Show audience" on the network view (issue #14 part 6): the accounts known only as the owner's
// followers or followings are no people of the network, so the graph never holds them; on demand
// they are added to the drawing as small grey nodes tied to the owner. They take negative ids, which
// no person has, so that clicks, saved positions and counts of people pass them over.
import type { AudienceGraph } from '../../../../shared/audience';
import type { GraphEdge, GraphNode, GraphView } from '../../../../shared/domain';

/** Whether a node of the drawing is an audience account rather than a person. */
export const isAudienceNode = (id: number | string): boolean => Number(id) < 0;

/** Room between the network's outermost person and the ring of the audience, in model units. */
const RING_GAP = 120;

/**
 * The view with the audience added on a ring around the owner, outside everyone placed, so that
 * showing it moves nobody; unchanged when the network has no owner. `view` has its positions.
 */
export function withAudience(view: GraphView, audience: AudienceGraph, name: (accountId: string) => string): GraphView {
  const owner = view.nodes.find((n) => n.isMe);
  if (!owner || audience.accounts.length === 0) return view;
  const cx = owner.x ?? 0;
  const cy = owner.y ?? 0;
  const reach = Math.max(0, ...view.nodes.map((n) => (n.x === undefined || n.y === undefined ? 0 : Math.hypot(n.x - cx, n.y - cy))));
  // At least 12 units of arc per account, so that 2,000 of them do not overlap.
  const radius = Math.max(reach + RING_GAP, (audience.accounts.length * 12) / (2 * Math.PI));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  audience.accounts.forEach((a, i) => {
    const id = -(i + 1);
    const angle = (2 * Math.PI * i) / audience.accounts.length;
    nodes.push({
      id, name: name(a.accountId), role: 'other', organisation: null, isMe: false, inDegree: a.following ? 1 : 0, outDegree: a.follower ? 1 : 0,
      x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle),
    });
    const both = a.follower && a.following;
    if (a.follower) edges.push({ source: id, target: owner.id, weight: 0.1, count: 1, reciprocal: both, strength: 0 });
    if (a.following) edges.push({ source: owner.id, target: id, weight: 0.1, count: 1, reciprocal: both, strength: 0 });
  });
  return { nodes: [...view.nodes, ...nodes], edges: [...view.edges, ...edges] };
}
