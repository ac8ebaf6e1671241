// `maillage parity [--year Y]`, `maillage matchmaking --event ID` and `maillage impact --event ID`:
// the organiser's reports from the command line, through the services gate.
import { parseArgs } from 'node:util';
import { csvLine } from '../../../shared/csv';
import type { GenderCount } from '../../../shared/parity';
import { UsageError } from '../errors';
import { callService, notFound } from '../service-call';

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${flag}: expected a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

function format(value: string): 'table' | 'csv' | 'json' {
  if (value !== 'table' && value !== 'csv' && value !== 'json') throw new UsageError(`--format: expected table, csv or json, got "${value}"`);
  return value;
}

const share = (c: GenderCount) => (c.womenShare === null ? '' : `${Math.round(c.womenShare * 100)} %`);
const counts = (c: GenderCount) => [c.women, c.men, c.nonBinary, c.unknown];

export const PARITY_COLUMNS = ['id', 'event', 'date', 'part', 'women', 'men', 'non_binary', 'unknown', 'women_share'] as const;

export async function parityCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { year: { type: 'string' }, format: { type: 'string', default: 'table' } }, strict: true });
  const year = wholeNumber('year', values.year, 1900);
  const f = format(values.format);
  const report = await callService(db, 'parity:get', year !== undefined ? { year } : {});
  if (f === 'json') return out(JSON.stringify(report, null, 2));
  const sep = f === 'csv' ? ',' : '\t';
  out(PARITY_COLUMNS.join(sep));
  const rows: unknown[][] = [];
  for (const e of report.events) {
    for (const part of ['speakers', 'hosts', 'attendees', 'all'] as const) rows.push([e.id, e.name, e.date, part, ...counts(e[part]), f === 'csv' ? (e[part].womenShare ?? '') : share(e[part])]);
  }
  for (const part of ['speakers', 'hosts', 'attendees', 'all'] as const) {
    rows.push(['', year !== undefined ? `all events of ${year}` : 'all events', '', part, ...counts(report.total[part]), f === 'csv' ? (report.total[part].womenShare ?? '') : share(report.total[part])]);
  }
  for (const r of rows) out(f === 'csv' ? csvLine(r) : r.map((v) => v ?? '').join('\t'));
}

function eventId(value: string | undefined, command: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${command} needs --event ID (see "maillage events"), got "${value ?? ''}"`);
  return Number(value);
}

async function forEvent<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (notFound(error)) throw new UsageError(`--event: ${error.message}`);
    throw error;
  }
}

export async function matchmakingCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { event: { type: 'string' }, 'table-size': { type: 'string' }, limit: { type: 'string' }, format: { type: 'string', default: 'table' } }, strict: true });
  const id = eventId(values.event, 'matchmaking');
  const tableSize = wholeNumber('table-size', values['table-size'], 2);
  const limit = wholeNumber('limit', values.limit, 1);
  const f = format(values.format);
  const m = await forEvent(() => callService(db, 'event:matchmaking', { id, ...(tableSize ? { tableSize } : {}), ...(limit ? { limit } : {}) }));
  if (f === 'json') return out(JSON.stringify(m, null, 2));
  const sep = f === 'csv' ? ',' : '\t';
  const line = (r: unknown[]) => (f === 'csv' ? csvLine(r) : r.join('\t'));
  out(['a', 'b', 'a_name', 'b_name', 'common', 'adamic_adar', 'reason'].join(sep));
  for (const p of m.pairs) out(line([p.a, p.b, p.aName, p.bName, p.common, Number(p.adamicAdar.toFixed(4)), p.reason]));
  if (f === 'table') {
    const name = new Map(m.attendees.map((a) => [a.id, a.name]));
    out('');
    for (const t of m.tables) out(`table ${t.table}\t${t.members.map((x) => name.get(x) ?? `#${x}`).join(', ')}`);
  }
}

export async function impactCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { event: { type: 'string' }, days: { type: 'string' }, format: { type: 'string', default: 'table' } }, strict: true });
  const id = eventId(values.event, 'impact');
  const days = wholeNumber('days', values.days, 1);
  const f = format(values.format);
  const impact = await forEvent(() => callService(db, 'event:impact', { id, ...(days ? { days } : {}) }));
  if (f === 'json') return out(JSON.stringify(impact, null, 2));
  const sep = f === 'csv' ? ',' : '\t';
  const line = (r: unknown[]) => (f === 'csv' ? csvLine(r) : r.map((v) => v ?? '').join('\t'));
  if (f === 'table') {
    out(`${impact.event.name} (${impact.event.date}): ${impact.attendees} attendees; ${impact.tiesCreated.length} new ties; mentions of attendees ${impact.mentions.before} before → ${impact.mentions.after} after (${impact.window.before[0]} – ${impact.window.after[1]})`);
    out('');
  }
  out(['from', 'to', 'from_name', 'to_name', 'interactions'].join(sep));
  for (const t of impact.tiesCreated) out(line([t.from, t.to, t.fromName, t.toName, t.interactions]));
}
