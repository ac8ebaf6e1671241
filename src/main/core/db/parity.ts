// The store's answer for parity reports: who held each role at each event, by gender.
import type { AttendanceRole, Gender } from '../../../shared/domain';
import type { Db } from './connection';

export interface ParityRow {
  eventId: number;
  name: string;
  date: string | null;
  role: AttendanceRole;
  gender: Gender | null;
  people: number;
}

/** Confirmed or attended people per event, role and gender (declined and unanswered are not there). */
export function parityRows(db: Db, year: number | null): ParityRow[] {
  return db
    .prepare(
      `SELECT e.id AS eventId, e.name, e.date, a.role, p.gender, count(*) AS people
       FROM attendance a JOIN event e ON e.id = a.event_id JOIN person p ON p.id = a.person_id
       WHERE a.status IN ('confirmed', 'attended') AND (? IS NULL OR substr(e.date, 1, 4) = ?)
       GROUP BY e.id, a.role, p.gender ORDER BY e.date, e.id`,
    )
    .all(year, year === null ? null : String(year)) as ParityRow[];
}
