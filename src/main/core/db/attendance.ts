// Events and attendance as the invite planner, matchmaking and the impact report read them.
import type { Role } from '../../../shared/domain';
import type { Db } from './connection';

export interface EventRef {
  id: number;
  name: string;
  date: string | null;
  capacity: number | null;
}

export function eventRef(db: Db, eventId: number): EventRef | undefined {
  return db.prepare('SELECT id, name, date, capacity FROM event WHERE id = ?').get(eventId) as EventRef | undefined;
}

/** Everyone on the event's list with their role and status, hosts first. */
export function eventAttendance(db: Db, eventId: number): Array<{ person_id: number; role: string; status: string }> {
  return db.prepare("SELECT person_id, role, status FROM attendance WHERE event_id = ? ORDER BY role = 'host' DESC, person_id").all(eventId) as Array<{ person_id: number; role: string; status: string }>;
}

/** The people with one of these statuses at the event, by id. */
export function attendeesWithStatus(db: Db, eventId: number, statuses: string[]): Array<{ id: number; name: string; role: Role }> {
  const marks = statuses.map(() => '?').join(', ');
  return db
    .prepare(`SELECT p.id, p.name, p.role FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.event_id = ? AND a.status IN (${marks}) ORDER BY p.id`)
    .all(eventId, ...statuses) as Array<{ id: number; name: string; role: Role }>;
}

/** The k dated events before this one (any other dated event when it has no date), newest first. */
export function previousEvents(db: Db, event: { id: number; date: string | null }, k: number): Array<{ id: number; name: string }> {
  return db
    .prepare('SELECT id, name FROM event WHERE id <> ? AND date IS NOT NULL AND (? IS NULL OR date < ?) ORDER BY date DESC, id DESC LIMIT ?')
    .all(event.id, event.date, event.date, k) as Array<{ id: number; name: string }>;
}

export function declinedAt(db: Db, eventId: number): number[] {
  return (db.prepare("SELECT person_id FROM attendance WHERE event_id = ? AND status = 'declined'").raw().all(eventId) as Array<[number]>).map(([id]) => id);
}

/** Pairs (a < b) who attended at least `minShared` events together, leaving one event out. */
export function sharedAttendance(db: Db, excludeEventId: number, minShared: number): Array<[number, number, number]> {
  return db
    .prepare(
      `SELECT a.person_id, b.person_id, count(*) FROM attendance a JOIN attendance b ON a.event_id = b.event_id AND a.person_id < b.person_id
       WHERE a.status = 'attended' AND b.status = 'attended' AND a.event_id <> ? GROUP BY a.person_id, b.person_id HAVING count(*) >= ?`,
    )
    .raw()
    .all(excludeEventId, minShared) as Array<[number, number, number]>;
}
