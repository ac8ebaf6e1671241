// `maillage --db FILE invite --event ID --capacity N …`: the invite plan of an event, as a
// table with reasons, as CSV for a mailing tool, or as JSON. Infeasible constraints fail with
// which constraint and by how much, and nothing is printed.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../../shared/domain';
import { MaillageError } from '../../../shared/errors';
import { INVITE_CSV_COLUMNS, type InvitePlanRequest, type InvitePlanResult, type InviteWeights, type RoleQuota } from '../../../shared/invite';
import { UsageError } from '../errors';
import { withGate, type Gate } from '../gate';

/** The constraints cannot all hold: exits like a usage error, with the violations spelled out. */
export class InfeasiblePlanError extends UsageError {}

export { INVITE_CSV_COLUMNS };

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1) throw new UsageError(`--${flag}: expected a whole number ≥ 1, got "${value}"`);
  return n;
}

function idList(flag: string, value: string | undefined): number[] {
  if (value === undefined) return [];
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.find((s) => !/^\d+$/.test(s));
  if (bad !== undefined) throw new UsageError(`--${flag}: expected comma-separated person ids like 12,40, got "${bad}"`);
  return ids.map(Number);
}

/** "analyst+journalist:3" → { roles: [analyst, journalist], atLeast: 3 }. */
export function parseQuota(value: string): RoleQuota {
  const match = value.trim().match(/^([a-z+]+):(\d+)$/);
  if (!match) throw new UsageError(`--quota: expected ROLE+ROLE:N like analyst+journalist:3, got "${value}"`);
  const roles = (match[1] as string).split('+').filter(Boolean) as Role[];
  const bad = roles.find((r) => !ROLES.includes(r));
  if (bad !== undefined || roles.length === 0) throw new UsageError(`--quota: unknown role "${bad ?? ''}" — expected one of ${ROLES.join(', ')}`);
  return { roles, atLeast: Number(match[2]) };
}

/** "influence=1,coverage=1,brokerage=0.5,newties=0.5" → weights (names case-insensitive). */
export function parseWeights(value: string): Partial<InviteWeights> {
  const names: Record<string, keyof InviteWeights> = { influence: 'influence', coverage: 'coverage', brokerage: 'brokerage', newties: 'newTies' };
  const weights: Partial<InviteWeights> = {};
  for (const part of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name = '', raw = ''] = part.split('=');
    const key = names[name.trim().toLowerCase()];
    const n = Number(raw);
    if (key === undefined) throw new UsageError(`--weights: unknown term "${name}" — expected influence, coverage, brokerage, newties`);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`--weights: ${name} needs a number ≥ 0, got "${raw}"`);
    weights[key] = n;
  }
  return weights;
}

export async function inviteCommand(db: string | undefined, args: string[], out: (l: string) => void, err: (l: string) => void): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      event: { type: 'string' },
      capacity: { type: 'string' },
      parity: { type: 'string' },
      'max-per-org': { type: 'string' },
      must: { type: 'string' },
      exclude: { type: 'string' },
      quota: { type: 'string', multiple: true },
      waitlist: { type: 'string' },
      format: { type: 'string', default: 'table' },
      weights: { type: 'string' },
      'declined-last': { type: 'string' },
      'free-pending': { type: 'boolean' },
      separator: { type: 'string', default: ',' },
    },
    strict: true,
  });
  if (values.event === undefined) throw new UsageError('invite needs --event ID');
  const eventId = positiveInt('event', values.event);
  const format = values.format;
  if (format !== 'table' && format !== 'csv' && format !== 'json') throw new UsageError(`--format: expected table, csv or json, got "${format}"`);
  let parity: number | undefined;
  if (values.parity !== undefined) {
    parity = Number(values.parity);
    if (values.parity.trim() === '' || !(parity >= 0 && parity <= 0.5)) throw new UsageError(`--parity: expected a share between 0 and 0.5 like 0.5, got "${values.parity}"`);
  }
  const maxPerOrg = values['max-per-org'] === undefined ? undefined : positiveInt('max-per-org', values['max-per-org']);
  const waitlist = values.waitlist === undefined ? 0 : positiveInt('waitlist', values.waitlist);
  const declinedLastK = values['declined-last'] === undefined ? undefined : positiveInt('declined-last', values['declined-last']);
  const roleQuotas = (values.quota ?? []).flatMap((q) => q.split(',')).filter((q) => q.trim() !== '').map(parseQuota);
  const weights = values.weights === undefined ? {} : parseWeights(values.weights);
  const extraMust = idList('must', values.must);
  const extraExclude = idList('exclude', values.exclude);

  if (!db) throw new UsageError('invite needs --db FILE');
  const separator = values.separator;
  if (separator !== ',' && separator !== ';') throw new UsageError(`--separator: expected , or ; (quote it: --separator ';'), got "${separator}"`);
  // A stale or missing score run is recomputed in the worker first: its phases go to stderr.
  let lastPhase = '';
  const onProgress = (p: { job: string; phase: string }) => {
    if (p.phase !== 'done' && p.phase !== lastPhase) err(`${p.job}: ${p.phase}…`);
    lastPhase = p.phase;
  };
  await withGate(db, 'invite', async (gate) => {
    const request: InvitePlanRequest = {
      eventId,
      must: extraMust,
      exclude: extraExclude,
      waitlist,
      weights,
      roleQuotas,
      ...(values.capacity !== undefined ? { capacity: positiveInt('capacity', values.capacity) } : {}),
      ...(declinedLastK !== undefined ? { declinedLastK } : {}),
      ...(parity !== undefined ? { parity } : {}),
      ...(maxPerOrg !== undefined ? { maxPerOrg } : {}),
      ...(values['free-pending'] ? { freePending: true } : {}),
    };
    const result = await planInvites(gate, request);
    const { plan, people, event, capacity } = result;
    if (plan.violations.length > 0) {
      throw new InfeasiblePlanError(`cannot plan ${event.name}: ${plan.violations.map((v) => `${v.constraint}: ${v.message}`).join('; ')}`);
    }
    if (format === 'json') {
      const { mustLabels: _labels, ...options } = result.options as typeof result.options & { mustLabels?: unknown };
      out(JSON.stringify({ event, runId: result.runId, scores: result.scores, source: result.source, options, plan, statuses: result.statuses }, null, 2));
    } else if (format === 'csv') {
      // The mailing file as the app saves it: a byte-order mark first, so that Excel reads UTF-8.
      const { content } = await gate.call('invite:csv', { ...request, separator });
      for (const line of content.slice(0, -2).split('\r\n')) out(line);
    } else {
      out(['#', 'id', 'name', 'organisation', 'role', 'gender', 'reason'].join('\t'));
      plan.invitees.forEach((i, k) => {
        const c = people[i.id];
        out([k + 1, i.id, i.name, c?.organisation ?? '', c?.role ?? '', c?.gender ?? '?', i.reason].join('\t'));
      });
      if (plan.waitlist.length) {
        out('');
        out('waitlist');
        plan.waitlist.forEach((w, k) => out([k + 1, w.id, w.name, people[w.id]?.organisation ?? ''].join('\t')));
      }
      if (plan.nearMisses.length) {
        out('');
        out('near misses');
        for (const m of plan.nearMisses) out([m.id, m.name, m.reason].join('\t'));
      }
    }
    const o = plan.objective;
    err(
      `${event.name}: ${plan.invitees.length} of ${capacity} seats; ${o.communitiesCovered}/${o.communities} communities, ${o.reach}/${o.people} people within 2 hops; ` +
        `objective ${o.total.toFixed(2)} (influence ${o.influence.toFixed(2)}, coverage ${o.coverage.toFixed(2)}, brokerage ${o.brokerage.toFixed(2)}, new ties ${o.newTies.toFixed(2)})` +
        `${plan.unknownGender ? `; ${plan.unknownGender} invitees of unknown gender` : ''}; ${scoresLine(result)}`,
    );
  }, { onProgress });
}

/** The plan, through the gate; what the organiser can fix in the command becomes a usage error. */
async function planInvites(gate: Gate, request: InvitePlanRequest): Promise<InvitePlanResult> {
  try {
    return await gate.call('invite:plan', request);
  } catch (error) {
    if (!(error instanceof MaillageError)) throw error;
    if (error.key === 'noCapacity') throw new UsageError(`invite needs --capacity N (event ${request.eventId} has no capacity of its own)`);
    if (error.code === 'not_found') throw new UsageError(`--event: ${error.message}`);
    if (error.code === 'conflict' || error.code === 'invalid_input') throw new UsageError(error.message);
    throw error;
  }
}

/** Which scores the plan used, plainly: the run and its date, or why there is none. */
export function scoresLine(result: InvitePlanResult): string {
  const s = result.scores;
  if (s.runId === null || s.runAt === null) return 'no score run: influence and communities from the co-attendance graph';
  const when = s.runAt.slice(0, 16).replace('T', ' ');
  const stale = s.fresh ? '' : ` — the network changed since${s.unscored ? `, ${s.unscored} people not yet scored` : ''}`;
  return `scores from run ${s.runId} of ${when} UTC${result.source === 'planning-graph' ? ' (co-attendance graph)' : ''}${stale}`;
}
