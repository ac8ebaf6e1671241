// Builds the interaction graph G of DESIGN.md from the network file: people as nodes 0..n-1,
// one weighted edge list of interactions in the window and channels, and the per-person inputs
// (audience, posts). Aggregated in SQL so that 1M interactions load in well under a second.
import { DEFAULT_KIND_WEIGHTS, INTERACTION_KINDS, type Channel, type InteractionKind } from '../../../shared/domain';
import type { Db } from './connection';
import { buildCsr, type CsrGraph } from '../graph/csr';
import { interactionFilter } from '../interaction-filter';

export interface ScoreParams {
  from?: string;
  to?: string;
  channels?: Channel[];
  kindWeights?: Partial<Record<InteractionKind, number>>;
  /** Tie-strength half-life in days (DESIGN.md: configurable). */
  halfLifeDays?: number;
}

export interface LoadedGraph {
  graph: CsrGraph;
  /** Person id of node i. */
  personIds: Int32Array;
  audience: Float64Array;
  originalPosts: Float64Array;
  reposts: Float64Array;
  weights: Record<InteractionKind, number>;
}

export function kindWeights(params: ScoreParams): Record<InteractionKind, number> {
  const weights = { ...DEFAULT_KIND_WEIGHTS, ...(params.kindWeights ?? {}) };
  for (const kind of INTERACTION_KINDS) {
    if (!(weights[kind] >= 0) || !Number.isFinite(weights[kind])) throw new Error(`kind weight for ${kind} must be a finite number ≥ 0`);
  }
  return weights;
}

export function loadGraph(db: Db, params: ScoreParams = {}): LoadedGraph {
  const weights = kindWeights(params);
  const people = db.prepare('SELECT id, followers, original_posts, reposts FROM person ORDER BY id').raw().all() as Array<[number, number | null, number | null, number | null]>;
  const n = people.length;
  const personIds = new Int32Array(n);
  // Person ids are row ids (dense, ascending): a typed array maps them to nodes ~3× faster than a
  // Map over a million interactions.
  const maxId = n === 0 ? 0 : (people[n - 1] as [number, ...unknown[]])[0];
  const nodeOf = new Int32Array(maxId + 1).fill(-1);
  const audience = new Float64Array(n);
  const originalPosts = new Float64Array(n).fill(Number.NaN);
  const reposts = new Float64Array(n).fill(Number.NaN);
  const followersKnown = new Uint8Array(n);
  people.forEach(([id, followers, original, repost], i) => {
    personIds[i] = id;
    nodeOf[id] = i;
    if (followers !== null) {
      audience[i] = followers;
      followersKnown[i] = 1;
    }
    if (original !== null) originalPosts[i] = original;
    if (repost !== null) reposts[i] = repost;
  });
  // Audience falls back to follow edges in where the follower count was never imported.
  for (const [followed, count] of db.prepare('SELECT followed_id, count(*) FROM follow GROUP BY followed_id').raw().iterate() as Iterable<[number, number]>) {
    const i = followed <= maxId ? (nodeOf[followed] as number) : -1;
    if (i >= 0 && !followersKnown[i]) audience[i] = count;
  }

  const { clause, params: sqlParams } = interactionFilter(params);
  const caseWeights = INTERACTION_KINDS.map((k) => `WHEN '${k}' THEN ${weights[k]}`).join(' ');
  const rows = db
    .prepare(
      `SELECT i.from_person_id, i.to_person_id, sum(i.weight * CASE i.kind ${caseWeights} END)
       FROM interaction i ${clause} GROUP BY i.from_person_id, i.to_person_id`,
    )
    .raw()
    .all(sqlParams) as Array<[number, number, number]>;
  const source = new Int32Array(rows.length);
  const target = new Int32Array(rows.length);
  const weight = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as [number, number, number];
    source[k] = nodeOf[row[0]] as number;
    target[k] = nodeOf[row[1]] as number;
    weight[k] = row[2];
  }
  return { graph: buildCsr({ nodeCount: n, source, target, weight }), personIds, audience, originalPosts, reposts, weights };
}
