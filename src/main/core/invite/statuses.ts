// What an event's attendance means for its invite plan: who already holds a seat, who is out,
// and who is still a free candidate. Pure, so that the rules are tested on their own.
//
// - host and speaker hold their seat whatever their answer, unless they declined;
// - confirmed holds a seat; attended (the event already took place) holds it too — a plan
//   that drops someone who came would be wrong about the past;
// - invited but not answered is pending: the seat is held (counted against capacity) unless
//   the organiser frees pending seats, in which case the person is an ordinary candidate again;
// - declined is out, with "declined" as the reason.
import type { AttendanceRole, AttendanceStatus } from '../../../shared/domain';
import type { SeatStatus } from '../../../shared/invite';

export interface EventAttendanceRow {
  personId: number;
  role: AttendanceRole;
  status: AttendanceStatus;
}

export interface EventSeats {
  /** Seat holders in the order they are listed in the plan: hosts, speakers, confirmed, attended, pending. */
  held: number[];
  /** Why each seat holder holds a seat, and each attendee's standing (declined included). */
  status: Record<number, SeatStatus>;
  declined: number[];
  /** Pending people made free candidates by the organiser. */
  freed: number[];
}

const ORDER: Record<SeatStatus, number> = { host: 0, speaker: 1, confirmed: 2, attended: 3, pending: 4, declined: 5 };

export function seatStatus(row: EventAttendanceRow): SeatStatus {
  if (row.status === 'declined') return 'declined';
  if (row.role === 'host' || row.role === 'speaker') return row.role;
  if (row.status === 'invited') return 'pending';
  return row.status;
}

export function eventSeats(rows: EventAttendanceRow[], options: { freePending?: boolean } = {}): EventSeats {
  const status: Record<number, SeatStatus> = {};
  for (const row of rows) status[row.personId] = seatStatus(row);
  const ids = Object.keys(status).map(Number).sort((a, b) => ORDER[status[a] as SeatStatus] - ORDER[status[b] as SeatStatus] || a - b);
  const held: number[] = [];
  const declined: number[] = [];
  const freed: number[] = [];
  for (const id of ids) {
    const s = status[id] as SeatStatus;
    if (s === 'declined') declined.push(id);
    else if (s === 'pending' && options.freePending) freed.push(id);
    else held.push(id);
  }
  return { held, status, declined, freed };
}
