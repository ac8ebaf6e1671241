// Score runs over a dated window (a calendar year for the Top 30 edition): finding a stored run
// of the same window that read the network as it is now, and ranking a run's people by influence.
import { INTERACTION_KINDS, type GraphQuery, type InteractionKind, type Role } from '../../../shared/domain';
import { interactionFilter } from './interactions';
import type { Db } from './connection';
import { networkRevision } from './score-freshness';

/** The newest run over exactly this window, every channel, that is not stale (score-freshness.ts's one rule). */
export function storedWindowRun(db: Db, from: string, to: string): number | null {
  const row = db
    .prepare(
      `SELECT id FROM score_run WHERE window_from = ? AND window_to = ? AND channels IS NULL AND network_revision = ?
       ORDER BY id DESC LIMIT 1`,
    )
    .get(from, to, networkRevision(db)) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * People of a run in `top`'s order (influence, highest first, then person id), optionally of one
 * role, and only those with at least one tie in the run's window: position k is rank k + 1.
 */
export function influenceOrder(db: Db, runId: number, role: Role | null): number[] {
  const rows = db
    .prepare(
      `SELECT s.person_id FROM score s ${role ? 'JOIN person p ON p.id = s.person_id' : ''}
       WHERE s.run_id = @run AND s.in_degree + s.out_degree > 0 ${role ? 'AND p.role = @role' : ''} ORDER BY s.influence DESC, s.person_id`,
    )
    .raw()
    .all({ run: runId, ...(role ? { role } : {}) }) as Array<[number]>;
  return rows.map(([id]) => id);
}

/** PageRank of the given people in a run. */
export function runPageranks(db: Db, runId: number, personIds: readonly number[]): Array<[personId: number, pagerank: number]> {
  return db
    .prepare('SELECT person_id, pagerank FROM score WHERE run_id = ? AND person_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(runId, JSON.stringify(personIds)) as Array<[number, number]>;
}

/** Names of the given people (ids that do not exist are left out). */
export function personNames(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.prepare('SELECT id, name FROM person WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids)) as Array<[number, string]>;
  return new Map(rows);
}

/**
 * The edges of the interaction graph G of a window that point at the given people (summed per
 * sender → receiver, kind-weighted as the score run does), and each of those senders' whole
 * out-weight in G: all that a PageRank contribution to these people depends on. Reads the
 * people's rows and their senders' through the indexes instead of aggregating all of G.
 */
export function receivedEdges(
  db: Db,
  personIds: readonly number[],
  window: GraphQuery,
  weights: Record<InteractionKind, number>,
): { edges: Array<[from: number, to: number, weight: number]>; outWeight: Map<number, number> } {
  const { clause, params } = interactionFilter(window);
  const where = clause ? `${clause} AND` : 'WHERE';
  const weighted = `sum(i.weight * CASE i.kind ${INTERACTION_KINDS.map((k) => `WHEN '${k}' THEN ${weights[k]}`).join(' ')} END)`;
  const edges = db
    .prepare(`SELECT i.from_person_id, i.to_person_id, ${weighted} FROM interaction i ${where} i.to_person_id IN (SELECT value FROM json_each(@ids)) GROUP BY i.from_person_id, i.to_person_id`)
    .raw()
    .all({ ...params, ids: JSON.stringify(personIds) }) as Array<[number, number, number]>;
  const senders = [...new Set(edges.map(([from]) => from))];
  const outWeight = new Map(
    db
      .prepare(`SELECT i.from_person_id, ${weighted} FROM interaction i ${where} i.from_person_id IN (SELECT value FROM json_each(@ids)) GROUP BY i.from_person_id`)
      .raw()
      .all({ ...params, ids: JSON.stringify(senders) }) as Array<[number, number]>,
  );
  return { edges, outWeight };
}
