// `maillage invite` on the sample network: the table, the CSV for mailing tools, JSON, and
// clear failures for infeasible constraints and bad arguments.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { InfeasiblePlanError, INVITE_CSV_COLUMNS, inviteCommand } from './commands/invite';
import { UsageError } from './errors';
import { openDatabase } from '../core/db/connection';
import { Network } from '../core/network';
import type { InvitePlan } from '../core/invite/plan';

const dir = mkdtempSync(join(tmpdir(), 'maillage-invite-'));
const file = join(dir, 'club.maillage');
let eventId = 0;
let hosts: number[] = [];
/** Hosts and speakers, then the confirmed attendees: everyone holding a seat. */
let holders: number[] = [];
let people = new Map<number, { gender: string | null; organisation: string | null; role: string }>();

before(() => {
  const network = Network.create(file, { sample: { seed: 2026 } });
  const db = network.db;
  eventId = (db.prepare('SELECT id FROM event ORDER BY date DESC LIMIT 1').get() as { id: number }).id;
  hosts = (db.prepare("SELECT person_id FROM attendance WHERE event_id = ? AND role IN ('host','speaker') ORDER BY role = 'host' DESC, person_id").all(eventId) as Array<{ person_id: number }>).map((r) => r.person_id);
  holders = [
    ...hosts,
    ...(db.prepare("SELECT person_id FROM attendance WHERE event_id = ? AND role = 'attendee' AND status = 'confirmed' ORDER BY person_id").all(eventId) as Array<{ person_id: number }>).map((r) => r.person_id),
  ];
  people = new Map((db.prepare('SELECT p.id, p.gender, p.role, o.name AS organisation FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id').all() as Array<{ id: number; gender: string | null; role: string; organisation: string | null }>).map((r) => [r.id, r]));
  network.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  await inviteCommand(file, args, (l) => out.push(l), (l) => err.push(l));
  return { out, err };
}

test('table: every seat filled within parity, the org cap and the quota, hosts, speakers and confirmed guests first', async () => {
  const { out, err } = await run('--event', String(eventId), '--capacity', '24', '--parity', '0.5', '--max-per-org', '2', '--quota', 'analyst+journalist:5', '--waitlist', '3');
  assert.equal(out[0], '#\tid\tname\torganisation\trole\tgender\treason');
  const rows = out.slice(1, out.indexOf('')).map((l) => l.split('\t'));
  assert.equal(rows.length, 24);
  assert.equal(hosts.length, 3);
  assert.deepEqual(rows.slice(0, 3).map((r) => Number(r[1])), hosts);
  assert.match(rows[0]?.[6] ?? '', /^must invite: host; /);
  assert.match(rows[1]?.[6] ?? '', /^must invite: speaker; /);
  // The sample's dinner has 3 confirmed attendees besides its host and speakers: they hold seats.
  assert.equal(holders.length, 6);
  assert.deepEqual(rows.slice(0, 6).map((r) => Number(r[1])), holders);
  assert.match(rows[3]?.[6] ?? '', /^confirmed guest: holds a seat/);
  const ids = rows.map((r) => Number(r[1]));
  const invited = ids.map((id) => people.get(id) as { gender: string | null; organisation: string | null; role: string });
  const known = invited.filter((p) => p.gender === 'f' || p.gender === 'm').length;
  for (const g of ['f', 'm']) assert.ok(invited.filter((p) => p.gender === g).length >= 0.5 * known, `${g}: parity`);
  const perOrg = new Map<string, number>();
  for (const p of invited) if (p.organisation) perOrg.set(p.organisation, (perOrg.get(p.organisation) ?? 0) + 1);
  assert.ok(Math.max(...perOrg.values()) <= 2);
  assert.ok(invited.filter((p) => p.role === 'analyst' || p.role === 'journalist').length >= 5);
  assert.ok(out.includes('waitlist'));
  assert.equal(out.slice(out.indexOf('waitlist') + 1).filter((l) => /^\d+\t/.test(l)).length >= 3, true);
  // The sample has no score run yet: one ran in the worker first, its phases on stderr.
  assert.equal(err[0], 'scores: load…');
  const summary = err[err.length - 1] ?? '';
  assert.match(summary, /: 24 of 24 seats; \d+\/\d+ communities, \d+\/300 people within 2 hops; objective \d+\.\d\d/);
  assert.match(summary, /; scores from run 1 of \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
});

test('csv: one row per invitee then the waitlist, with handles, for a mailing tool', async () => {
  const { out } = await run('--event', String(eventId), '--capacity', '10', '--waitlist', '2', '--format', 'csv', '--exclude', String(hosts[2]));
  // A byte-order mark first (Excel then reads UTF-8), and each invitee's standing.
  assert.equal(out[0], `\uFEFF${INVITE_CSV_COLUMNS.join(',')}`);
  assert.equal(out[0], '\uFEFFlist,status,name,organisation,email,x_handle,linkedin_url,role,reason');
  assert.match(out[1] ?? '', /^invite,host,/);
  assert.ok(out.slice(1, 11).some((l) => l.startsWith('invite,confirmed,')));
  assert.ok(out.slice(1, 11).some((l) => l.startsWith('invite,new,')));
  assert.equal(out.length, 1 + 10 + 2);
  assert.equal(out.filter((l) => l.startsWith('invite,')).length, 10);
  assert.equal(out.filter((l) => l.startsWith('waitlist,')).length, 2);
  assert.match(out[1] ?? '', /must invite: host/);
  assert.match(out[out.length - 1] ?? '', /,waitlist #2$/);
  // The excluded speaker is nowhere; handles come from the handle table.
  const db = openDatabase(file, { readonly: true });
  const excludedName = (db.prepare('SELECT name FROM person WHERE id = ?').get(hosts[2]) as { name: string }).name;
  const hostEmail = (db.prepare("SELECT value FROM handle WHERE person_id = ? AND kind = 'email'").get(hosts[0]) as { value: string } | undefined)?.value;
  db.close();
  assert.ok(!out.some((l) => l.includes(excludedName)));
  const withEmail = out.slice(1).filter((l) => /,[^,@]+@[^,]+,/.test(l)).length;
  assert.ok(withEmail > 0, 'some invitees have an email in the sample');
  if (hostEmail !== undefined) assert.ok(out[1]?.includes(hostEmail));
});

test('csv for French spreadsheets: --separator \';\' quotes cells holding a semicolon, keeps commas and accents', async () => {
  const { out } = await run('--event', String(eventId), '--capacity', '10', '--format', 'csv', '--separator', ';');
  assert.equal(out[0], '\uFEFFlist;status;name;organisation;email;x_handle;linkedin_url;role;reason');
  for (const line of out.slice(1)) assert.equal(line.split(';').length - (line.match(/"[^"]*;[^"]*"/g)?.length ?? 0), 9, line);
  assert.ok(out.some((l) => /[éèàçô]/.test(l)), 'accents kept');
  await assert.rejects(() => run('--event', String(eventId), '--capacity', '10', '--format', 'csv', '--separator', '|'), /--separator: expected , or ;/);
});

test('json: the plan with its objective, and extra must-invites', async () => {
  const extra = [...people.keys()].find((id) => !hosts.includes(id)) as number;
  const { out } = await run('--event', String(eventId), '--capacity', '8', '--must', String(extra), '--weights', 'influence=1,coverage=2,brokerage=0,newties=0', '--format', 'json');
  const result = JSON.parse(out.join('\n')) as { plan: InvitePlan; options: { must: number[]; weights: Record<string, number> }; source: string };
  assert.equal(result.plan.invitees.length, 8);
  assert.deepEqual(result.options.must, [...holders, extra]);
  assert.deepEqual(result.options.weights, { influence: 1, coverage: 2, brokerage: 0, newTies: 0 });
  assert.ok(result.plan.invitees.some((i) => i.id === extra && i.reason.startsWith('must invite: required')));
  assert.equal(result.plan.objective.brokerage >= 0, true);
  assert.ok(Math.abs(result.plan.objective.total - (result.plan.objective.influence + 2 * result.plan.objective.coverage)) < 1e-9);
  assert.deepEqual(result.plan.violations, []);
  assert.equal(result.source, 'scores');
});

test('infeasible constraints fail with which constraint and by how much, and print nothing', async () => {
  const out: string[] = [];
  await assert.rejects(() => inviteCommand(file, ['--event', String(eventId), '--capacity', '2'], (l) => out.push(l), () => {}), (e: unknown) => {
    assert.ok(e instanceof InfeasiblePlanError);
    assert.match((e as Error).message, /capacity: 6 must-invite people for 2 seats: over by 4/);
    return true;
  });
  assert.deepEqual(out, []);
  // Too many seat holders is reported, never fixed by dropping one.
  await assert.rejects(() => run('--event', String(eventId), '--capacity', '5', '--quota', 'journalist:6'), /capacity: 6 must-invite people for 5 seats: over by 1; roleQuota: quota journalist ≥ 6: only 0 seats are left after the must-invites, short by 6/);
  await assert.rejects(() => run('--event', String(eventId), '--capacity', '8', '--quota', 'journalist:6'), /roleQuota: quota journalist ≥ 6: only 2 seats are left after the must-invites, short by 4/);
});

test('bad arguments are usage errors that say what was expected', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['--capacity', '10'], /invite needs --event ID/],
    [['--event', '999', '--capacity', '10'], /--event: no event with id 999/],
    [['--event', String(eventId), '--capacity', '0'], /--capacity: expected a whole number ≥ 1, got "0"/],
    [['--event', String(eventId), '--capacity', '10', '--parity', '0.7'], /--parity: expected a share between 0 and 0.5/],
    [['--event', String(eventId), '--capacity', '10', '--quota', 'analyst:x'], /--quota: expected ROLE\+ROLE:N/],
    [['--event', String(eventId), '--capacity', '10', '--quota', 'pundit:2'], /unknown role "pundit"/],
    [['--event', String(eventId), '--capacity', '10', '--weights', 'reach=1'], /--weights: unknown term "reach"/],
    [['--event', String(eventId), '--capacity', '10', '--must', '99999'], /no person with id 99999/],
    [['--event', String(eventId), '--capacity', '10', '--format', 'xml'], /--format: expected table, csv or json/],
  ];
  for (const [args, message] of cases) await assert.rejects(() => run(...args), (e: unknown) => e instanceof UsageError && message.test((e as Error).message), args.join(' '));
});
