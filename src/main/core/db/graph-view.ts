// The network as the renderer draws it: people, and one aggregated edge per ordered pair
// weighted by the kind weights of DESIGN.md, within a time window and set of channels.
import { DEFAULT_KIND_WEIGHTS, type GraphQuery, type GraphView, type InteractionKind, type Role } from '../../../shared/domain';
import type { Db } from './connection';
import { interactionFilter } from '../interaction-filter';
import { networkTieStrengths, pairKey } from '../ties';

export function loadGraphView(db: Db, query: GraphQuery, weights: Record<InteractionKind, number> = DEFAULT_KIND_WEIGHTS): GraphView {
  const { clause, params } = interactionFilter(query);
  const rows = db
    .prepare(
      `SELECT i.from_person_id AS s, i.to_person_id AS t, i.kind, sum(i.weight) AS w, count(*) AS n
       FROM interaction i ${clause} GROUP BY i.from_person_id, i.to_person_id, i.kind`,
    )
    .all(params) as Array<{ s: number; t: number; kind: InteractionKind; w: number; n: number }>;
  const pairs = new Map<string, { source: number; target: number; weight: number; count: number }>();
  for (const r of rows) {
    const key = `${r.s}>${r.t}`;
    const edge = pairs.get(key) ?? { source: r.s, target: r.t, weight: 0, count: 0 };
    edge.weight += r.w * weights[r.kind];
    edge.count += r.n;
    pairs.set(key, edge);
  }
  const inDegree = new Map<number, number>();
  const outDegree = new Map<number, number>();
  for (const e of pairs.values()) {
    outDegree.set(e.source, (outDegree.get(e.source) ?? 0) + 1);
    inDegree.set(e.target, (inDegree.get(e.target) ?? 0) + 1);
  }
  const strengths = networkTieStrengths(db, query, { weights });
  const people = db
    .prepare(
      `SELECT p.id, p.name, p.role, o.name AS organisation, p.is_me, l.x, l.y
       FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id LEFT JOIN layout_position l ON l.person_id = p.id
       ORDER BY p.id`,
    )
    .all() as Array<{ id: number; name: string; role: Role; organisation: string | null; is_me: number; x: number | null; y: number | null }>;
  return {
    nodes: people.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      organisation: p.organisation,
      isMe: p.is_me === 1,
      inDegree: inDegree.get(p.id) ?? 0,
      outDegree: outDegree.get(p.id) ?? 0,
      ...(p.x !== null && p.y !== null ? { x: p.x, y: p.y } : {}),
    })),
    edges: [...pairs.values()]
      .filter((e) => e.weight > 0)
      .map((e) => ({
        ...e,
        reciprocal: pairs.has(`${e.target}>${e.source}`) && (pairs.get(`${e.target}>${e.source}`)?.weight ?? 0) > 0,
        strength: strengths.get(pairKey(e.source, e.target)) ?? 0,
      })),
  };
}

export function savePositions(db: Db, positions: Array<{ id: number; x: number; y: number }>): number {
  const upsert = db.prepare(
    `INSERT INTO layout_position (person_id, x, y) SELECT @id, @x, @y WHERE EXISTS (SELECT 1 FROM person WHERE id = @id)
     ON CONFLICT(person_id) DO UPDATE SET x = excluded.x, y = excluded.y`,
  );
  return db.transaction(() => positions.reduce((n, p) => n + upsert.run(p).changes, 0))();
}
