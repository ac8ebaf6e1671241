// Events and attendance: the list, one event with its attendees, and the organiser's edits
// (create, edit, delete an event; invite, confirm, mark attended, remove someone).
import { errorKind } from '../../../shared/errors';
import type { AttendanceRole, AttendanceStatus, EventDetail, EventInput, EventKind, EventSummary, Gender, Role } from '../../../shared/domain';
import type { Db } from './connection';
import { ensureOrganisation } from './organisations';

export class EventNotFoundError extends errorKind('not_found') {
  constructor(id: number) {
    super(`No event #${id}.`, 'eventNotFound', { id });
  }
}

type EventRow = { id: number; name: string; kind: EventKind; date: string | null; place: string | null; capacity: number | null } & Record<AttendanceStatus, number | null>;

const EVENT_SELECT = `SELECT e.id, e.name, e.kind, e.date, e.place, e.capacity,
       sum(a.status = 'invited') AS invited, sum(a.status = 'confirmed') AS confirmed,
       sum(a.status = 'declined') AS declined, sum(a.status = 'attended') AS attended
FROM event e LEFT JOIN attendance a ON a.event_id = e.id`;

function summary(r: EventRow): EventSummary {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    date: r.date,
    place: r.place,
    capacity: r.capacity,
    counts: { invited: r.invited ?? 0, confirmed: r.confirmed ?? 0, declined: r.declined ?? 0, attended: r.attended ?? 0 },
  };
}

export function listEvents(db: Db): EventSummary[] {
  return (db.prepare(`${EVENT_SELECT} GROUP BY e.id ORDER BY e.date DESC, e.name`).all() as EventRow[]).map(summary);
}

export function getEventDetail(db: Db, id: number): EventDetail {
  const row = db.prepare(`${EVENT_SELECT} WHERE e.id = ? GROUP BY e.id`).get(id) as EventRow | undefined;
  if (!row) throw new EventNotFoundError(id);
  const host = db.prepare('SELECT o.name FROM event e JOIN organisation o ON o.id = e.host_organisation_id WHERE e.id = ?').get(id) as { name: string } | undefined;
  const attendees = db
    .prepare(
      `SELECT p.id AS personId, p.name, o.name AS organisation, p.role, p.gender, a.role AS attendanceRole, a.status
       FROM attendance a JOIN person p ON p.id = a.person_id LEFT JOIN organisation o ON o.id = p.organisation_id
       WHERE a.event_id = ?
       ORDER BY CASE a.role WHEN 'host' THEN 0 WHEN 'speaker' THEN 1 ELSE 2 END, p.name COLLATE NOCASE`,
    )
    .all(id) as Array<{ personId: number; name: string; organisation: string | null; role: Role; gender: Gender | null; attendanceRole: AttendanceRole; status: AttendanceStatus }>;
  return { ...summary(row), hostOrganisation: host?.name ?? null, attendees };
}

export function createEvent(db: Db, input: EventInput): EventDetail {
  const id = db.transaction(() =>
    Number(
      db
        .prepare('INSERT INTO event (name, kind, date, place, capacity, host_organisation_id) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.name.trim(), input.kind, input.date, input.place, input.capacity, ensureOrganisation(db, input.hostOrganisation)).lastInsertRowid,
    ),
  )();
  return getEventDetail(db, id);
}

export function updateEvent(db: Db, id: number, patch: Partial<EventInput>): EventDetail {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM event WHERE id = ?').get(id)) throw new EventNotFoundError(id);
    const sets: string[] = [];
    const params: Record<string, unknown> = { id };
    for (const key of ['name', 'kind', 'date', 'place', 'capacity'] as const) {
      if (patch[key] === undefined) continue;
      sets.push(`${key} = @${key}`);
      params[key] = key === 'name' ? (patch.name as string).trim() : patch[key];
    }
    if (patch.hostOrganisation !== undefined) {
      sets.push('host_organisation_id = @host');
      params.host = ensureOrganisation(db, patch.hostOrganisation);
    }
    if (sets.length) db.prepare(`UPDATE event SET ${sets.join(', ')} WHERE id = @id`).run(params);
  })();
  return getEventDetail(db, id);
}

export function deleteEvent(db: Db, id: number): void {
  if (!db.prepare('DELETE FROM event WHERE id = ?').run(id).changes) throw new EventNotFoundError(id);
}

/** Adds someone to an event, or changes their role or status there. */
export function setAttendance(db: Db, eventId: number, personId: number, value: { role?: AttendanceRole; status?: AttendanceStatus }): EventDetail {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM event WHERE id = ?').get(eventId)) throw new EventNotFoundError(eventId);
    if (!db.prepare('SELECT 1 FROM person WHERE id = ?').get(personId)) throw new Error(`No person #${personId}.`);
    db.prepare(
      `INSERT INTO attendance (person_id, event_id, role, status) VALUES (@person, @event, coalesce(@role, 'attendee'), coalesce(@status, 'invited'))
       ON CONFLICT(person_id, event_id) DO UPDATE SET role = coalesce(@role, role), status = coalesce(@status, status)`,
    ).run({ person: personId, event: eventId, role: value.role ?? null, status: value.status ?? null });
  })();
  return getEventDetail(db, eventId);
}

export function removeAttendance(db: Db, eventId: number, personId: number): EventDetail {
  db.prepare('DELETE FROM attendance WHERE event_id = ? AND person_id = ?').run(eventId, personId);
  return getEventDetail(db, eventId);
}
