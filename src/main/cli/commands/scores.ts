// `maillage --db FILE scores` and `top N`: a score run (in the app's score worker, through the
// gate), printed as DESIGN.md's CSV (or JSON), and the "top N" ranking of the latest run.
import { parseArgs } from 'node:util';
import { CHANNELS, ROLES, type Channel, type Role } from '../../../shared/domain';
import { communityLabel as communityName } from '../../../shared/communities';
import { communityLabel, RANKABLE_SCORES, SCORE_CSV_COLUMNS, scoreValue, type PersonScores, type RankableScore } from '../../../shared/scores';
import { csvLine } from '../../../shared/csv';
import { UsageError } from '../errors';
import { checkedPayload } from './watch-payload';
import { printableCell } from '../terminal';
import { withGate, type Gate } from '../gate';
import { guidanceFor } from '../../../shared/guidance';
import { guidanceLine } from '../../../shared/guidance-text';
import { translator } from '../../../shared/translate';

/** Where the data is too thin for these scores to mean something: one line each on stderr, so stdout stays clean for pipes. */
async function printGuidance(gate: Gate, err: (line: string) => void): Promise<void> {
  const t = translator('en');
  for (const item of guidanceFor((await gate.call('network:guidance', undefined)).items, 'rankings')) err(`guidance: ${guidanceLine(item, t)}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function windowOptions(values: { from?: string; to?: string; channel?: string }) {
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (value !== undefined && !ISO_DATE.test(value)) throw new UsageError(`--${key}: expected an ISO 8601 date like 2025-01-31, got "${value}"`);
  }
  let channels: Channel[] | undefined;
  if (values.channel !== undefined) {
    channels = values.channel.split(',').map((c) => c.trim()).filter(Boolean) as Channel[];
    const bad = channels.find((c) => !CHANNELS.includes(c));
    if (bad !== undefined || channels.length === 0) throw new UsageError(`--channel: expected a comma-separated list of ${CHANNELS.join(', ')}, got "${values.channel}"`);
  }
  return { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}), ...(channels ? { channels } : {}) };
}

function csvRow(s: PersonScores): unknown[] {
  return [s.personId, s.name, s.role, s.organisation, s.inDegree, s.outDegree, s.pagerank, s.betweenness, s.closeness, s.authority, s.hub,
    s.clustering, communityLabel(s.community), s.reciprocity, s.constraint, s.creatorRatio, s.audience, s.influence, s.quadrant];
}

export async function scoresCommand(db: string | undefined, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'csv' }, from: { type: 'string' }, to: { type: 'string' }, channel: { type: 'string' } }, strict: true });
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError(`--format: expected csv or json, got "${values.format}"`);
  const params = windowOptions(values);
  await withGate(db, 'scores', async (gate) => {
    const run = await gate.call('scores:run', params);
    const table = await gate.call('scores:table', { runId: run.id });
    if (values.format === 'json') {
      out(JSON.stringify({ run, people: table }, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2));
    } else {
      // DESIGN.md's columns, then the community's lasting name (the same as on screen and in exports).
      const names = new Map((await gate.call('communities:list', { runId: run.id })).map((c) => [c.community, communityName(c)]));
      out([...SCORE_CSV_COLUMNS, 'community_name'].join(','));
      for (const row of table) out(csvLine([...csvRow(row), names.get(row.community) ?? '']));
    }
    const sampled = [run.betweenness.exact ? null : `betweenness sampled from ${run.betweenness.sampleSize} pivots (expected error ${run.betweenness.expectedError.toExponential(2)})`,
      run.closeness.exact ? null : `closeness sampled from ${run.closeness.sampleSize} sources (expected error ${run.closeness.expectedError.toExponential(2)})`].filter(Boolean);
    err(`score run ${run.id}: ${run.people} people, ${run.ties} ties, ${run.communities} communities (modularity ${run.modularity === null ? 'undefined: no ties yet' : run.modularity.toFixed(3)}), ${Math.round(run.timings.total ?? 0)} ms${sampled.length ? `; ${sampled.join('; ')}` : ''}`);
    await printGuidance(gate, err);
  });
}

export async function topCommand(db: string | undefined, args: string[], out: (line: string) => void, err: (line: string) => void = () => {}): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { by: { type: 'string', default: 'influence' }, role: { type: 'string' }, year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const n = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(n) || n < 1) throw new UsageError(`top needs a count: "top 30", got "${positionals.join(' ')}"`);
  if (!RANKABLE_SCORES.includes(values.by as RankableScore)) throw new UsageError(`--by: expected one of ${RANKABLE_SCORES.join(', ')}, got "${values.by}"`);
  if (values.role !== undefined && !ROLES.includes(values.role as Role)) throw new UsageError(`--role: expected one of ${ROLES.join(', ')}, got "${values.role}"`);
  // Over a year (or a window): the score run the Top N edition of that window ranks (report top).
  const windowed = values.year !== undefined || values.from !== undefined || values.to !== undefined;
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year: expected a year like 2025, got "${values.year}"`);
  const window = windowed
    ? checkedPayload('report:runs', { ...(values.year ? { year: Number(values.year) } : {}), ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) }, { year: '--year', from: '--from', to: '--to' })
    : null;
  await withGate(db, 'top', async (gate) => {
    const runId = window ? (await gate.call('report:runs', window)).runId : undefined;
    if (!window) {
      // The latest run, or a new one over its window and channels when the network changed after
      // it: a ranking printed from stale scores would leave out what was just imported.
      const latest = (await gate.call('scores:runs', undefined))[0];
      if (latest?.stale) err(`the network changed after score run ${latest.id}: computing the scores again`);
      if (!latest || latest.stale) await gate.call('scores:run', latest?.params ?? {});
    }
    const result = await gate.call('rankings:get', { by: values.by as RankableScore, limit: n, ...(values.role ? { role: values.role as Role } : {}), ...(runId ? { runId } : {}) });
    const key = values.by as RankableScore;
    // Ranked by influence, the influence column is the ranking's own: not printed twice.
    const byInfluence = key === 'influence';
    out(['rank', 'change', 'name', 'role', 'organisation', ...(byInfluence ? [] : [key]), 'influence', 'audience', 'quadrant'].join('\t'));
    for (const row of result.rows) {
      const change = result.previousRunId === null ? '' : row.previousRank === null ? 'new' : row.previousRank === row.rank ? '=' : row.previousRank > row.rank ? `↑${row.previousRank - row.rank}` : `↓${row.rank - row.previousRank}`;
      const v = scoreValue(row, key);
      // Names and organisations come from imported files: no control character reaches the terminal.
      const ranked = byInfluence ? [] : [v === null ? '' : Number(v.toPrecision(6))];
      out([row.rank, change, row.name, row.role, row.organisation ?? '', ...ranked, row.influence.toFixed(1), row.audience, row.quadrant ?? ''].map(printableCell).join('\t'));
    }
    await printGuidance(gate, err);
  });
}
