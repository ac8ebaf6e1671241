// Events and their attendance counts.
import type { AttendanceStatus, EventKind, EventSummary } from '../../shared/domain';
import type { Db } from './db/connection';

export function listEvents(db: Db): EventSummary[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.kind, e.date, e.place, e.capacity,
              sum(a.status = 'invited') AS invited, sum(a.status = 'confirmed') AS confirmed,
              sum(a.status = 'declined') AS declined, sum(a.status = 'attended') AS attended
       FROM event e LEFT JOIN attendance a ON a.event_id = e.id
       GROUP BY e.id ORDER BY e.date DESC, e.name`,
    )
    .all() as Array<{ id: number; name: string; kind: EventKind; date: string | null; place: string | null; capacity: number | null } & Record<AttendanceStatus, number | null>>;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    date: r.date,
    place: r.place,
    capacity: r.capacity,
    counts: { invited: r.invited ?? 0, confirmed: r.confirmed ?? 0, declined: r.declined ?? 0, attended: r.attended ?? 0 },
  }));
}
