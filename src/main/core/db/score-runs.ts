// One score run: load G from the network, compute every score, and store the run with its
// parameters, timings and per-person values in one transaction.
import { networkRevision, runIsStale } from './score-freshness';
import { ScoreCancelledError as ScoreRunCancelled } from '../../../shared/errors';
import type { ScoreRunParams, ScoreRunSummary } from '../../../shared/scores';
import type { Db } from './connection';
import { quadrantName } from '../graph/influence';
import { computeScores, type ScoreOptions, type ScorePhase } from '../graph/score-all';
import { loadGraph, type ScoreParams } from './score-graph';

export type ScoreProgress = (done: number, total: number, phase: ScorePhase | 'load' | 'store') => void;

/** The one cancellation error, under the name the score run's callers know. */
export { ScoreRunCancelled };

const nullable = (x: number) => (Number.isFinite(x) ? x : null);

export function runScores(
  db: Db,
  params: ScoreParams = {},
  options: ScoreOptions = {},
  onProgress?: ScoreProgress,
  shouldCancel?: () => boolean,
): ScoreRunSummary {
  const started = performance.now();
  onProgress?.(0, 1, 'load');
  // Read before the graph: a write landing during the load moves the revision past this one, so
  // the run is said stale rather than fresh.
  const revision = networkRevision(db);
  const loaded = loadGraph(db, params);
  const loadMs = performance.now() - started;
  const result = computeScores(
    loaded.graph,
    { audience: loaded.audience, originalPosts: loaded.originalPosts, reposts: loaded.reposts },
    options,
    onProgress,
    shouldCancel,
  );
  if (shouldCancel?.()) throw new ScoreRunCancelled();
  onProgress?.(0, 1, 'store');
  const storeStarted = performance.now();
  const p = result.perPerson;
  const net = result.network;
  const runParams: ScoreRunParams & { kindWeights: Record<string, number>; options: ScoreOptions } = {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.channels?.length ? { channels: params.channels } : {}),
    kindWeights: loaded.weights,
    options,
  };
  const networkJson = {
    modularity: nullable(net.modularity),
    communities: net.communityCount,
    reciprocity: nullable(net.reciprocity),
    pagerank: net.pagerank,
    hits: net.hits,
    betweenness: { exact: net.betweenness.exact, sampleSize: net.betweenness.sampleSize, expectedError: net.betweenness.expectedError, maxStandardError: net.betweenness.maxStandardError },
    closeness: { exact: net.closeness.exact, sampleSize: net.closeness.sampleSize, expectedError: net.closeness.expectedError, maxStandardError: net.closeness.maxStandardError },
    influenceMedian: net.influenceMedian,
    audienceMedian: net.audienceMedian,
  };
  const runId = db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO score_run (created_at, params, window_from, window_to, channels, timings, network, node_count, edge_count, network_revision)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          new Date().toISOString(),
          JSON.stringify(runParams),
          params.from ?? null,
          params.to ?? null,
          params.channels?.length ? params.channels.join(',') : null,
          '{}',
          JSON.stringify(networkJson),
          loaded.graph.nodeCount,
          loaded.graph.edgeCount,
          revision,
        ).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO score (run_id, person_id, in_degree, out_degree, weighted_in, weighted_out, pagerank, betweenness, closeness,
         authority, hub, clustering, community, reciprocity, burt_constraint, creator_ratio, audience, influence, quadrant)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < loaded.graph.nodeCount; i++) {
      const q = quadrantName(p.quadrant[i] as number);
      insert.run(
        id, loaded.personIds[i], p.inDegree[i], p.outDegree[i], p.weightedInDegree[i], p.weightedOutDegree[i], p.pagerank[i],
        p.betweenness[i], p.closeness[i], p.authority[i], p.hub[i], p.clustering[i], p.community[i],
        nullable(p.reciprocity[i] as number), nullable(p.constraint[i] as number), nullable(p.creatorRatio[i] as number),
        p.audience[i], p.influence[i], q === 'unknown' ? null : q,
      );
    }
    return id;
  })();
  const timings = { load: loadMs, ...result.timings, store: performance.now() - storeStarted, total: performance.now() - started };
  db.prepare('UPDATE score_run SET timings = ? WHERE id = ?').run(JSON.stringify(timings), runId);
  return getRunSummary(db, runId) as ScoreRunSummary;
}

interface RunRow {
  id: number;
  created_at: string;
  params: string;
  timings: string;
  network: string;
  node_count: number;
  edge_count: number;
}

export function getRunSummary(db: Db, runId: number): ScoreRunSummary | null {
  const row = db.prepare('SELECT * FROM score_run WHERE id = ?').get(runId) as RunRow | undefined;
  if (!row) return null;
  const params = JSON.parse(row.params) as ScoreRunParams;
  const net = JSON.parse(row.network) as {
    modularity: number | null;
    communities: number;
    reciprocity: number | null;
    pagerank: { iterations: number };
    betweenness: ScoreRunSummary['betweenness'];
    closeness: ScoreRunSummary['closeness'];
  };
  return {
    id: row.id,
    createdAt: row.created_at,
    params: { ...(params.from ? { from: params.from } : {}), ...(params.to ? { to: params.to } : {}), ...(params.channels ? { channels: params.channels } : {}) },
    people: row.node_count,
    ties: row.edge_count,
    modularity: net.modularity,
    communities: net.communities,
    reciprocity: net.reciprocity,
    betweenness: { exact: net.betweenness.exact, sampleSize: net.betweenness.sampleSize, expectedError: net.betweenness.expectedError },
    closeness: { exact: net.closeness.exact, sampleSize: net.closeness.sampleSize, expectedError: net.closeness.expectedError },
    pagerankIterations: net.pagerank.iterations,
    stale: runIsStale(db, row.id),
    timings: JSON.parse(row.timings) as Record<string, number>,
  };
}

/** Every run, newest first. */
export function runIds(db: Db): number[] {
  return (db.prepare('SELECT id FROM score_run ORDER BY id DESC').raw().all() as Array<[number]>).map(([id]) => id);
}

export function latestRunId(db: Db): number | null {
  return (db.prepare('SELECT max(id) AS id FROM score_run').get() as { id: number | null }).id;
}
