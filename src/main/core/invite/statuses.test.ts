// Attendance statuses drive the invite plan: confirmed guests, hosts and speakers hold their
// seats, declined are out, pending answers hold a seat unless freed — and no constraint ever
// drops a confirmed guest silently.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { AttendanceRole, AttendanceStatus, Gender } from '../../../shared/domain';
import { planEventInvites } from './service';
import { planInvites, type InviteCandidate } from './plan';
import { eventSeats, type EventAttendanceRow } from './statuses';
import { davisDb } from '../../../../test-support/invite-network';

test('eventSeats: hosts, speakers, confirmed and attended hold seats; pending too unless freed; declined are out', () => {
  const rows: EventAttendanceRow[] = [
    { personId: 7, role: 'attendee', status: 'invited' },
    { personId: 3, role: 'attendee', status: 'confirmed' },
    { personId: 9, role: 'speaker', status: 'invited' },
    { personId: 4, role: 'host', status: 'declined' },
    { personId: 2, role: 'host', status: 'confirmed' },
    { personId: 5, role: 'attendee', status: 'declined' },
    { personId: 6, role: 'attendee', status: 'attended' },
  ];
  const seats = eventSeats(rows);
  assert.deepEqual(seats.held, [2, 9, 3, 6, 7]);
  assert.deepEqual(seats.declined, [4, 5]);
  assert.deepEqual(seats.freed, []);
  assert.deepEqual(seats.status, { 2: 'host', 3: 'confirmed', 4: 'declined', 5: 'declined', 6: 'attended', 7: 'pending', 9: 'speaker' });
  const freed = eventSeats(rows, { freePending: true });
  assert.deepEqual(freed.held, [2, 9, 3, 6]);
  assert.deepEqual(freed.freed, [7]);
});

test('the planner keeps every confirmed guest of an event, counts pending answers, and says who declined', () => {
  const { db, personId, eventId } = davisDb();
  const e15 = eventId.get('E15') as number;
  const id = (name: string) => personId.get(name) as number;
  const attend = db.prepare('INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, ?, ?)');
  attend.run(id('Evelyn Jefferson'), e15, 'host', 'confirmed');
  // Low-influence women nobody would pick on merit: they must still be in the plan.
  for (const name of ['Olivia Carleton', 'Flora Price', 'Charlotte McDowd']) attend.run(id(name), e15, 'attendee', 'confirmed');
  attend.run(id('Dorothy Murchison'), e15, 'attendee', 'invited');
  attend.run(id('Theresa Anderson'), e15, 'attendee', 'declined');
  // Flora declined an earlier event: she confirmed this one, so that does not exclude her.
  db.prepare("UPDATE attendance SET status = 'declined' WHERE person_id = ? AND event_id = ?").run(id('Flora Price'), eventId.get('E11'));

  const result = planEventInvites(db, { eventId: e15, capacity: 6, declinedLastK: 5 });
  const invited = result.plan.invitees.map((i) => i.name);
  assert.equal(invited.length, 6);
  // Host first, then the confirmed guests (by id), then the pending answer.
  assert.deepEqual(invited.slice(0, 5), ['Evelyn Jefferson', 'Charlotte McDowd', 'Olivia Carleton', 'Flora Price', 'Dorothy Murchison']);
  assert.match(result.plan.invitees[3]?.reason ?? '', /^confirmed guest: holds a seat/);
  assert.match(result.plan.invitees[4]?.reason ?? '', /^invited, no answer yet: seat held/);
  assert.ok(!invited.includes('Theresa Anderson'));
  assert.deepEqual(result.excluded, [{ id: id('Theresa Anderson'), reason: 'declined' }]);
  assert.equal(result.statuses[id('Dorothy Murchison')], 'pending');
  assert.equal(result.statuses[id('Theresa Anderson')], 'declined');
  assert.deepEqual(result.plan.violations, []);

  // Freed, the pending seat goes back to the pool: Dorothy is picked again only on merit.
  const freed = planEventInvites(db, { eventId: e15, capacity: 6, freePending: true });
  assert.equal(freed.options.freePending, true);
  assert.ok(!freed.plan.invitees.slice(0, 4).some((i) => i.name === 'Dorothy Murchison'));
  assert.ok(!freed.plan.invitees.some((i) => /no answer yet/.test(i.reason)));

  // Four seats for five seat holders: all five stay, and the plan says it is over by one.
  const over = planEventInvites(db, { eventId: e15, capacity: 4 });
  assert.equal(over.plan.invitees.length, 5);
  assert.deepEqual(over.plan.violations, [{ constraint: 'capacity', message: '5 must-invite people for 4 seats: over by 1', shortBy: 1 }]);
  db.close();
});

// ---------- property: for any statuses and constraints ----------

const arbEvent = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    people: fc.array(
      fc.record({
        gender: fc.constantFrom<Gender | null>('f', 'm', 'm', 'f', 'x', null),
        org: fc.constantFrom('Acme', 'Beta', null),
        influence: fc.integer({ min: 0, max: 100 }),
        role: fc.constantFrom<AttendanceRole>('attendee', 'attendee', 'attendee', 'speaker', 'host'),
        status: fc.option(fc.constantFrom<AttendanceStatus>('invited', 'confirmed', 'declined', 'attended'), { nil: undefined }),
      }),
      { minLength: n, maxLength: n },
    ),
    capacity: fc.integer({ min: 1, max: 8 }),
    parity: fc.option(fc.constantFrom(0.3, 0.5), { nil: undefined }),
    maxPerOrg: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    freePending: fc.boolean(),
    pressQuota: fc.integer({ min: 0, max: 3 }),
  }),
);

test('property: for any statuses and constraints, every confirmed guest is in the plan, and an unmet constraint is reported with by how much', () => {
  fc.assert(
    fc.property(arbEvent, (e) => {
      const candidates: InviteCandidate[] = e.people.map((p, i) => ({
        id: i + 1,
        name: `P${i + 1}`,
        organisation: p.org,
        gender: p.gender,
        role: i % 3 === 0 ? 'journalist' : 'peer',
        influence: p.influence,
        community: i % 2,
        brokerage: 0,
        neighbours: [],
      }));
      const rows: EventAttendanceRow[] = e.people.flatMap((p, i) => (p.status ? [{ personId: i + 1, role: p.role, status: p.status }] : []));
      const seats = eventSeats(rows, { freePending: e.freePending });
      const plan = planInvites(candidates, {
        capacity: e.capacity,
        must: seats.held,
        exclude: seats.declined,
        ...(e.parity !== undefined ? { parity: e.parity } : {}),
        ...(e.maxPerOrg !== undefined ? { maxPerOrg: e.maxPerOrg } : {}),
        roleQuotas: e.pressQuota > 0 ? [{ roles: ['journalist'], atLeast: e.pressQuota }] : [],
      });
      const ids = new Set(plan.invitees.map((i) => i.id));
      const confirmed = rows.filter((r) => r.status === 'confirmed' || r.status === 'attended' || (r.status !== 'declined' && r.role !== 'attendee')).map((r) => r.personId);
      for (const id of confirmed) assert.ok(ids.has(id), `confirmed guest ${id} dropped`);
      for (const r of rows) if (r.status === 'declined') assert.ok(!ids.has(r.personId), `declined ${r.personId} invited`);
      if (!e.freePending) for (const r of rows) if (r.status === 'invited') assert.ok(ids.has(r.personId), `pending ${r.personId} lost their seat`);
      // Whatever the plan breaks is reported with a positive shortfall.
      const people = candidates.filter((c) => ids.has(c.id));
      const reported = (name: string) => plan.violations.some((v) => v.constraint === name && v.shortBy >= 1);
      if (ids.size > e.capacity) assert.ok(reported('capacity'), 'over capacity, not reported');
      if (e.maxPerOrg !== undefined) {
        for (const org of ['Acme', 'Beta']) if (people.filter((c) => c.organisation === org).length > e.maxPerOrg) assert.ok(reported('maxPerOrg'), `${org} over its cap, not reported`);
      }
      if (e.parity !== undefined) {
        const known = people.filter((c) => c.gender === 'f' || c.gender === 'm').length;
        for (const g of ['f', 'm']) if (people.filter((c) => c.gender === g).length < e.parity * known - 1e-9) assert.ok(reported('parity'), `parity broken for ${g}, not reported`);
      }
      if (e.pressQuota > 0 && people.filter((c) => c.role === 'journalist').length < e.pressQuota) assert.ok(reported('roleQuota'), 'quota short, not reported');
    }),
    { numRuns: 500, seed: 15 },
  );
});

test('the mailing file: BOM, CRLF, each standing, and a file name that keeps its accents', async () => {
  const { inviteCsvFile, inviteFileName } = await import('./service');
  assert.equal(inviteFileName('Dîner des directeurs marketing 2026 #3'), 'invites-Dîner-des-directeurs-marketing-2026-3.csv');
  assert.equal(inviteFileName('Petit-déjeuner IA & marque / Lyon'), 'invites-Petit-déjeuner-IA-marque-Lyon.csv');
  assert.equal(inviteFileName('../../etc'), 'invites-etc.csv');
  assert.equal(inviteFileName('***'), 'invites-event.csv');
  const { db, personId, eventId } = davisDb();
  const e15 = eventId.get('E15') as number;
  db.prepare("INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, 'attendee', 'confirmed')").run(personId.get('Flora Price'), e15);
  db.prepare("UPDATE person SET name = '=Flora; Price' WHERE id = ?").run(personId.get('Flora Price'));
  const result = planEventInvites(db, { eventId: e15, capacity: 3 });
  const semi = inviteCsvFile(db, result, ';');
  assert.ok(semi.content.startsWith('\uFEFFlist;status;name;'));
  assert.ok(semi.content.endsWith('\r\n'));
  // The formula guard and the separator's quoting together: a name starting with = and holding a ;.
  assert.match(semi.content, /\r\ninvite;confirmed;"'=Flora; Price";/);
  // In a comma file too, a cell holding ";" is quoted: a French spreadsheet would split on it.
  assert.match(inviteCsvFile(db, result).content, /\r\ninvite,confirmed,"'=Flora; Price",/);
  db.close();
});
