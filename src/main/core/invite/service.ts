// The invite planner as the app and the CLI call it: load the event's candidates, apply the
// organiser's constraints, plan, and describe each person the plan names (for the table and the
// CSV for mailing tools).
import { errorKind } from '../../../shared/errors';
import { csvLine, type CsvSeparator } from '../../../shared/csv';
import type { ExportFile } from '../../../shared/imports';
import { communityLabel } from '../../../shared/communities';
import { INVITE_CSV_COLUMNS, type InvitePlanRequest, type InvitePlanResult, type InvitePerson } from '../../../shared/invite';
import type { Db } from '../db/connection';
import { handleReader } from '../db/people-reads';
import { loadInviteInput } from './load';
import { planInvites, type InvitePlanOptions } from './plan';

export class InviteRequestError extends errorKind('conflict') {}

export { INVITE_CSV_COLUMNS };

export function planEventInvites(db: Db, request: InvitePlanRequest): InvitePlanResult {
  const input = loadInviteInput(db, { eventId: request.eventId, freePending: request.freePending ?? false, ...(request.declinedLastK ? { declinedLastK: request.declinedLastK } : {}) });
  const capacity = request.capacity ?? input.event.capacity;
  if (capacity === null || capacity === undefined) throw new InviteRequestError(`${input.event.name} has no number of seats: give a capacity`, 'noCapacity', { event: input.event.name });
  const extraMust = request.must ?? [];
  const extraExclude = request.exclude ?? [];
  const known = new Set(input.candidates.map((c) => c.id));
  const unknown = [...extraMust, ...extraExclude].find((id) => !known.has(id));
  if (unknown !== undefined) throw new InviteRequestError(`no person with id ${unknown}`);
  // An explicit exclusion overrides a default must (a speaker who cancelled), not an explicit must.
  const options: InvitePlanOptions = {
    capacity,
    must: [...new Set([...input.must.filter((id) => !extraExclude.includes(id)), ...extraMust])],
    mustLabels: input.mustLabels,
    communityLabels: Object.fromEntries(Object.entries(input.communities).map(([k, c]) => [k, communityLabel(c)])),
    exclude: [...new Set([...input.exclude, ...extraExclude])].filter((id) => !extraMust.includes(id)),
    waitlist: request.waitlist ?? 0,
    weights: request.weights ?? {},
    roleQuotas: request.roleQuotas ?? [],
    ...(request.parity !== undefined ? { parity: request.parity } : {}),
    ...(request.maxPerOrg !== undefined ? { maxPerOrg: request.maxPerOrg } : {}),
  };
  const plan = planInvites(input.candidates, options);
  const named = new Set([...plan.invitees.map((i) => i.id), ...plan.waitlist.map((w) => w.id), ...plan.nearMisses.map((n) => n.id), ...options.exclude!]);
  const people: Record<number, InvitePerson> = {};
  for (const c of input.candidates) {
    if (named.has(c.id)) people[c.id] = { name: c.name, organisation: c.organisation, role: c.role, gender: c.gender, influence: c.influence, community: c.community, scored: c.scored !== false };
  }
  return {
    event: input.event,
    capacity,
    runId: input.runId,
    scores: input.scores,
    source: input.source,
    plan,
    people,
    excluded: options.exclude!.map((id) => ({ id, reason: input.excludeReasons[id] ?? 'excluded by the organiser' })),
    statuses: input.statuses,
    communities: input.communities,
    options: { ...options, must: options.must ?? [], exclude: options.exclude ?? [], weights: options.weights ?? {}, roleQuotas: options.roleQuotas ?? [], waitlist: options.waitlist ?? 0, freePending: request.freePending ?? false },
  };
}

/** The plan as CSV for mailing tools: invitees, then the waiting list; every cell formula-safe.
 * `status` says where each one stands (host, speaker, confirmed, attended, pending, or new: to invite). */
export function inviteCsv(db: Db, result: InvitePlanResult, separator: CsvSeparator = ','): string[] {
  const handlesOf = handleReader(db);
  const lines: string[] = [INVITE_CSV_COLUMNS.join(separator)];
  const row = (list: string, id: number, reason: string) => {
    const rows = handlesOf(id);
    const first = (kind: string) => rows.find((r) => r.kind === kind)?.value ?? '';
    const p = result.people[id];
    lines.push(csvLine([list, result.statuses[id] ?? 'new', p?.name, p?.organisation, first('email'), first('x'), first('linkedin'), p?.role, reason], separator));
  };
  for (const i of result.plan.invitees) row('invite', i.id, i.reason);
  result.plan.waitlist.forEach((w, k) => row('waitlist', w.id, `waitlist #${k + 1}`));
  return lines;
}

/** The mailing file: UTF-8 with a byte-order mark (so that Excel reads the accents), CRLF lines. */
export function inviteCsvFile(db: Db, result: InvitePlanResult, separator: CsvSeparator = ','): ExportFile {
  return { fileName: inviteFileName(result.event.name), mime: 'text/csv', content: `\uFEFF${inviteCsv(db, result, separator).join('\r\n')}\r\n` };
}

/** "invites-Dîner-des-directeurs-marketing-2026-3.csv": accents kept; only what file systems refuse, or what a shell or URL would misread, goes. */
export function inviteFileName(eventName: string): string {
  const name = eventName
    .normalize('NFC')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[\\/:*?"<>|#%&{}$!'`=+@;,]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `invites-${name || 'event'}.csv`;
}
