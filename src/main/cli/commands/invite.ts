// `maillage --db FILE invite --event ID --capacity N …`: the invite plan of an event, as a
// table with reasons, as CSV for a mailing tool, or as JSON. Infeasible constraints fail with
// which constraint and by how much, and nothing is printed.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../../shared/domain';
import { csvLine } from '../../../shared/csv';
import { InviteEventError, loadInviteInput } from '../../core/invite/load';
import { InvitePlanInputError, planInvites, type InvitePlanOptions, type InviteWeights, type RoleQuota } from '../../core/invite/plan';
import { Network } from '../../core/network';
import { UsageError } from '../errors';

/** The constraints cannot all hold: exits like a usage error, with the violations spelled out. */
export class InfeasiblePlanError extends UsageError {}

export const INVITE_CSV_COLUMNS = ['list', 'name', 'organisation', 'email', 'x_handle', 'linkedin_url', 'role', 'reason'] as const;

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
  const match = /^([a-z+]+):(\d+)$/.exec(value.trim());
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

export function inviteCommand(db: string | undefined, args: string[], out: (l: string) => void, err: (l: string) => void): void {
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
  const network = Network.open(db);
  try {
    let input;
    try {
      input = loadInviteInput(network.db, { eventId, ...(declinedLastK !== undefined ? { declinedLastK } : {}) });
    } catch (error) {
      if (error instanceof InviteEventError) throw new UsageError(`--event: ${error.message}`);
      throw error;
    }
    const capacity = values.capacity === undefined ? input.event.capacity : positiveInt('capacity', values.capacity);
    if (capacity === null) throw new UsageError(`invite needs --capacity N (event ${eventId} has no capacity of its own)`);
    const known = new Set(input.candidates.map((c) => c.id));
    const unknown = [...extraMust, ...extraExclude].find((id) => !known.has(id));
    if (unknown !== undefined) throw new UsageError(`no person with id ${unknown}`);
    const options: InvitePlanOptions = {
      capacity,
      // An explicit --exclude overrides a default must (a speaker who cancelled); not an explicit --must.
      must: [...new Set([...input.must.filter((id) => !extraExclude.includes(id)), ...extraMust])],
      mustLabels: input.mustLabels,
      exclude: [...new Set([...input.exclude, ...extraExclude])],
      waitlist,
      weights,
      roleQuotas,
      ...(parity !== undefined ? { parity } : {}),
      ...(maxPerOrg !== undefined ? { maxPerOrg } : {}),
    };
    let plan;
    try {
      plan = planInvites(input.candidates, options);
    } catch (error) {
      if (error instanceof InvitePlanInputError) throw new UsageError(error.message);
      throw error;
    }
    if (plan.violations.length > 0) {
      throw new InfeasiblePlanError(`cannot plan ${input.event.name}: ${plan.violations.map((v) => `${v.constraint}: ${v.message}`).join('; ')}`);
    }

    const byId = new Map(input.candidates.map((c) => [c.id, c]));
    if (format === 'json') {
      out(JSON.stringify({ event: input.event, runId: input.runId, source: input.source, options, plan }, null, 2));
    } else if (format === 'csv') {
      const handles = network.db.prepare('SELECT kind, value FROM handle WHERE person_id = ? ORDER BY id');
      const handleOf = (id: number) => {
        const rows = handles.all(id) as Array<{ kind: string; value: string }>;
        const first = (kind: string) => rows.find((r) => r.kind === kind)?.value ?? '';
        return { email: first('email'), x: first('x'), linkedin: first('linkedin') };
      };
      out(INVITE_CSV_COLUMNS.join(','));
      const row = (list: string, id: number, reason: string) => {
        const c = byId.get(id);
        const h = handleOf(id);
        out(csvLine([list, c?.name, c?.organisation, h.email, h.x, h.linkedin, c?.role, reason]));
      };
      for (const i of plan.invitees) row('invite', i.id, i.reason);
      plan.waitlist.forEach((w, k) => row('waitlist', w.id, `waitlist #${k + 1}`));
    } else {
      out(['#', 'id', 'name', 'organisation', 'role', 'gender', 'reason'].join('\t'));
      plan.invitees.forEach((i, k) => {
        const c = byId.get(i.id);
        out([k + 1, i.id, i.name, c?.organisation ?? '', c?.role ?? '', c?.gender ?? '?', i.reason].join('\t'));
      });
      if (plan.waitlist.length) {
        out('');
        out('waitlist');
        plan.waitlist.forEach((w, k) => out([k + 1, w.id, w.name, byId.get(w.id)?.organisation ?? ''].join('\t')));
      }
      if (plan.nearMisses.length) {
        out('');
        out('near misses');
        for (const m of plan.nearMisses) out([m.id, m.name, m.reason].join('\t'));
      }
    }
    const o = plan.objective;
    err(
      `${input.event.name}: ${plan.invitees.length} of ${capacity} seats; ${o.communitiesCovered}/${o.communities} communities, ${o.reach}/${o.people} people within 2 hops; ` +
        `objective ${o.total.toFixed(2)} (influence ${o.influence.toFixed(2)}, coverage ${o.coverage.toFixed(2)}, brokerage ${o.brokerage.toFixed(2)}, new ties ${o.newTies.toFixed(2)})` +
        `${plan.unknownGender ? `; ${plan.unknownGender} invitees of unknown gender` : ''}; scores from run ${input.runId}${input.source === 'planning-graph' ? ' (co-attendance graph)' : ''}`,
    );
  } finally {
    network.close();
  }
}
