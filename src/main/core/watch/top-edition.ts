// The yearly Top 30 as an edition: the `top N` ranking over a calendar year (or any window),
// its rank changes against the same window a year earlier, each name's one-line "why", and
// the figures of its methodology.
import type { Role } from '../../../shared/domain';
import { errorKind } from '../../../shared/errors';
import type { EditionWindow, TopEdition, TopEditionQuery, TopEditionRow } from '../../../shared/watch';
import type { Db } from '../db/connection';
import { influenceOrder, personNames, receivedEdges, runPageranks, storedWindowRun } from '../db/score-windows';
import { PAGERANK_DEFAULTS, pagerankContributions } from '../graph/pagerank';
import { buildCsr } from '../graph/csr';
import { kindWeights } from '../db/score-graph';
import { ranking } from '../db/score-queries';
import { getRunSummary, runScores } from '../db/score-runs';

/** A request for an edition that cannot be answered as asked (a window the wrong way round…). */
export class EditionRequestError extends errorKind('invalid_input') {}

export const EDITION_DEFAULT_SIZE = 30;
/** How many people a "why" names as giving the most influence. */
const RELAYERS = 2;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The same day a year earlier (29 February becomes the 28th). */
export function yearEarlier(date: string): string {
  const match = date.match(DAY);
  if (!match) throw new EditionRequestError(`expected a date like 2025-01-31, got "${date}"`);
  const year = Number(match[1]) - 1;
  const month = match[2] as string;
  let day = match[3] as string;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === '02' && day === '29' && !leap) day = '28';
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** The edition's window and the one a year earlier, from a year or an explicit from/to. */
export function editionWindows(query: TopEditionQuery): { year: number | null; window: EditionWindow; previousWindow: EditionWindow } {
  let window: EditionWindow;
  let year: number | null = null;
  if (query.year !== undefined) {
    if (query.from !== undefined || query.to !== undefined) throw new EditionRequestError('give either a year or a window (from and to), not both');
    year = query.year;
    window = { from: `${year}-01-01`, to: `${year}-12-31` };
  } else {
    if (query.from === undefined || query.to === undefined) throw new EditionRequestError('an edition needs a year, or both ends of a window (from and to)');
    for (const d of [query.from, query.to]) {
      const m = d.match(DAY);
      if (!m || Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d) {
        throw new EditionRequestError(`expected a date like 2025-01-31, got "${d}"`);
      }
    }
    if (query.from > query.to) throw new EditionRequestError(`the window ends (${query.to}) before it starts (${query.from})`);
    window = { from: query.from, to: query.to };
  }
  return { year, window, previousWindow: { from: yearEarlier(window.from), to: yearEarlier(window.to) } };
}

/**
 * The score runs of an edition: stored runs of the two windows when no import or edit came
 * after them; the windows still to compute, earlier first, so that the latest run — the one the
 * Rankings view shows — is the edition's own.
 */
export function editionRunPlan(db: Db, window: EditionWindow, previousWindow: EditionWindow): { runId: number | null; previousRunId: number | null; missing: EditionWindow[] } {
  const previousRunId = storedWindowRun(db, previousWindow.from, previousWindow.to);
  const runId = previousRunId === null ? null : storedWindowRun(db, window.from, window.to);
  return { runId, previousRunId, missing: [...(previousRunId === null ? [previousWindow] : []), ...(runId === null ? [window] : [])] };
}

export type EditionRuns = { runId: number; previousRunId: number };

/** The edition's runs, computing the missing ones with `run` (a worker in the app). */
export async function editionRunsWith(db: Db, window: EditionWindow, previousWindow: EditionWindow, run: (w: EditionWindow) => Promise<number>): Promise<EditionRuns> {
  const plan = editionRunPlan(db, window, previousWindow);
  const previousRunId = plan.previousRunId ?? (await run(previousWindow));
  const runId = plan.runId ?? (await run(window));
  return { runId, previousRunId };
}

/** The same, computing in this thread (the CLI). */
export function editionRuns(db: Db, window: EditionWindow, previousWindow: EditionWindow): EditionRuns {
  const plan = editionRunPlan(db, window, previousWindow);
  const previousRunId = plan.previousRunId ?? runScores(db, previousWindow).id;
  const runId = plan.runId ?? runScores(db, window).id;
  return { runId, previousRunId };
}

/** The edition; `runs` are the windows' score runs when the caller computed them (editionRunsWith). */
export function topEdition(db: Db, query: TopEditionQuery, now: Date = new Date(), runs?: EditionRuns): TopEdition {
  const { year, window, previousWindow } = editionWindows(query);
  const n = query.n ?? EDITION_DEFAULT_SIZE;
  const role: Role | null = query.role ?? null;
  const { runId, previousRunId } = runs ?? editionRuns(db, window, previousWindow);
  // `top N --role R` itself: the edition's order is exactly its order.
  const top = ranking(db, { by: 'influence', runId, limit: n, ...(role ? { role } : {}) });
  const previousOrder = influenceOrder(db, previousRunId, role);
  const previousRank = new Map(previousOrder.map((id, k) => [id, k + 1]));

  // Who gives each ranked person their influence: PageRank contributions on the run's own G,
  // read where they come from — the edges into these people and their senders' out-weights — and
  // laid out as a small graph where each sender keeps its whole out-weight (the rest of it goes
  // to one stand-in node), so pagerankContributions gives exactly what it gives on all of G.
  const weights = kindWeights(window);
  const { edges, outWeight } = receivedEdges(db, top.rows.map((r) => r.personId), window, weights);
  const node = new Map<number, number>();
  const nodeOf = (id: number) => {
    let i = node.get(id);
    if (i === undefined) node.set(id, (i = node.size));
    return i;
  };
  for (const row of top.rows) nodeOf(row.personId);
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const given = new Map<number, number>();
  for (const [from, to, w] of edges) {
    source.push(nodeOf(from));
    target.push(nodeOf(to));
    weight.push(w);
    given.set(from, (given.get(from) ?? 0) + w);
  }
  const rest = node.size;
  for (const [from, total] of outWeight) {
    const remainder = total - (given.get(from) ?? 0);
    if (remainder > 1e-12 * total) {
      source.push(nodeOf(from));
      target.push(rest);
      weight.push(remainder);
    }
  }
  const ids = [...node.keys()];
  const graph = buildCsr({ nodeCount: rest + 1, source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight) });
  const pr = new Float64Array(rest + 1);
  for (const [id, value] of runPageranks(db, runId, ids)) {
    const i = node.get(id);
    if (i !== undefined) pr[i] = value;
  }
  const contributions = top.rows.map((row) =>
    pagerankContributions(graph, pr, node.get(row.personId) as number, RELAYERS).top.filter((c) => c.contribution > 0),
  );
  const names = personNames(db, contributions.flat().map((c) => ids[c.from] as number));

  const rows = top.rows.map((row, k): TopEditionRow => ({
    rank: k + 1,
    previousRank: previousRank.get(row.personId) ?? null,
    personId: row.personId,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    influence: row.influence,
    audience: row.audience,
    why: {
      relayers: (contributions[k] ?? []).map((c) => {
        const personId = ids[c.from] as number;
        return { personId, name: names.get(personId) ?? '?', share: c.share };
      }),
      citedBy: row.inDegree,
      reciprocity: row.reciprocity,
      quadrant: row.quadrant,
    },
  }));
  const run = top.run ?? getRunSummary(db, runId);
  const previous = getRunSummary(db, previousRunId);
  return {
    window,
    previousWindow,
    year,
    role,
    n,
    runId,
    previousRunId,
    rows,
    methodology: {
      people: run?.people ?? 0,
      ties: run?.ties ?? 0,
      previousPeople: previous?.people ?? 0,
      communities: run?.communities ?? 0,
      modularity: run?.modularity ?? 0,
      kindWeights: weights,
      damping: PAGERANK_DEFAULTS.alpha,
      ranked: rows.filter((r) => r.previousRank !== null).length,
      previousActive: previousOrder.length,
    },
    generatedAt: now.toISOString(),
  };
}
