// Parity per event and per year (the share of women among speakers, hosts and attendees, with
// the people of unknown gender counted apart): confirmed and attended people only.
import type { EventParity, GenderCount, ParityLine, ParityReport } from '../../shared/parity';
import type { Db } from './db/connection';
import { parityRows } from './db/parity';

const empty = (): GenderCount => ({ women: 0, men: 0, nonBinary: 0, unknown: 0, womenShare: null });
const line = (): ParityLine => ({ speakers: empty(), hosts: empty(), attendees: empty(), all: empty() });

function add(c: GenderCount, gender: string | null, n: number): void {
  if (gender === 'f') c.women += n;
  else if (gender === 'm') c.men += n;
  else if (gender === 'x') c.nonBinary += n;
  else c.unknown += n;
}

function finish(l: ParityLine): ParityLine {
  for (const c of [l.speakers, l.hosts, l.attendees, l.all]) {
    const known = c.women + c.men + c.nonBinary;
    c.womenShare = known > 0 ? c.women / known : null;
  }
  return l;
}

/** One group of people (an event's list, those who came) by role at the event and gender. */
export function parityOf(people: Iterable<{ attendanceRole: string; gender: string | null }>): ParityLine {
  const l = line();
  for (const p of people) {
    add(l[p.attendanceRole === 'speaker' ? 'speakers' : p.attendanceRole === 'host' ? 'hosts' : 'attendees'], p.gender, 1);
    add(l.all, p.gender, 1);
  }
  return finish(l);
}

export function parityReport(db: Db, year: number | null = null): ParityReport {
  const events = new Map<number, EventParity>();
  const total = line();
  for (const r of parityRows(db, year)) {
    let e = events.get(r.eventId);
    if (!e) events.set(r.eventId, (e = { id: r.eventId, name: r.name, date: r.date, ...line() }));
    const part = r.role === 'speaker' ? 'speakers' : r.role === 'host' ? 'hosts' : 'attendees';
    for (const target of [e, total]) {
      add(target[part], r.gender, r.people);
      add(target.all, r.gender, r.people);
    }
  }
  return { year, events: [...events.values()].map((e) => ({ ...e, ...finish(e) })), total: finish(total) };
}
