// What an event changed, N days on: ties created between attendees, mentions of its people,
// and each attendee's reciprocity, comparing the N days after the event with the N days before.
//
// Windows: before = [date − N days, date), after = [date, date + N days), in UTC. A tie is
// created when an attendee interacted with another in the after window and never before the
// event (ordered pairs: u → v). Reciprocity is DESIGN.md's per person, within each window.
import type { Db } from '../db/connection';
import { attendeesWithStatus, eventRef } from '../db/attendance';
import { interactionsOfBefore } from '../db/interactions';
import { InviteEventError } from './load';
import type { EventImpact } from '../../../shared/invite';

export type { EventImpact };

export interface EventImpactOptions {
  /** Window length in days. DEFAULT 30. */
  days?: number;
}

const DAY = 86_400_000;

export function eventImpact(db: Db, eventId: number, options: EventImpactOptions = {}): EventImpact {
  const days = options.days ?? 30;
  if (!Number.isInteger(days) || days < 1) throw new InviteEventError(`days must be a whole number ≥ 1, got ${days}`);
  const event = eventRef(db, eventId);
  if (!event) throw new InviteEventError(`no event with id ${eventId}`);
  if (!event.date) throw new InviteEventError(`event ${eventId} (${event.name}) has no date, so there is no before and after`);
  const start = Date.parse(`${event.date.slice(0, 10)}T00:00:00Z`);
  const iso = (t: number) => new Date(t).toISOString();
  const before: [string, string] = [iso(start - days * DAY), iso(start)];
  const after: [string, string] = [iso(start), iso(start + days * DAY)];

  let attendees = attendeesWithStatus(db, eventId, ['attended']);
  if (attendees.length === 0) attendees = attendeesWithStatus(db, eventId, ['confirmed']);
  const ids = new Set(attendees.map((a) => a.id));
  const name = new Map(attendees.map((a) => [a.id, a.name]));
  // Timestamps are ISO 8601 UTC strings: compared as text, like the rest of the app's windows.
  const rows = interactionsOfBefore(db, ids, iso(start + (days + 1) * DAY));

  const earlier = new Set<string>();
  const afterCount = new Map<string, number>();
  let mentionsBefore = 0;
  let mentionsAfter = 0;
  const partners = { before: new Map<number, Map<number, number>>(), after: new Map<number, Map<number, number>>() };
  const mark = (which: 'before' | 'after', person: number, other: number, bit: number) => {
    let m = partners[which].get(person);
    if (!m) partners[which].set(person, (m = new Map()));
    m.set(other, (m.get(other) ?? 0) | bit);
  };
  for (const [from, to, kind, at] of rows) {
    const t = Date.parse(at);
    const inBefore = t >= start - days * DAY && t < start;
    const inAfter = t >= start && t < start + days * DAY;
    const key = `${from}>${to}`;
    if (ids.has(from) && ids.has(to)) {
      if (t < start) earlier.add(key);
      else if (inAfter) afterCount.set(key, (afterCount.get(key) ?? 0) + 1);
    }
    if (kind === 'mention' && ids.has(to)) {
      if (inBefore) mentionsBefore++;
      if (inAfter) mentionsAfter++;
    }
    const which = inBefore ? 'before' : inAfter ? 'after' : null;
    if (which) {
      // bit 1: the person acts towards the other; bit 2: the other acts towards the person.
      if (ids.has(from)) mark(which, from, to, 1);
      if (ids.has(to)) mark(which, to, from, 2);
    }
  }
  const tiesCreated = [...afterCount.entries()]
    .filter(([key]) => !earlier.has(key))
    .map(([key, count]) => {
      const [from, to] = key.split('>').map(Number) as [number, number];
      return { from, to, fromName: name.get(from) as string, toName: name.get(to) as string, interactions: count };
    })
    .sort((x, y) => x.from - y.from || x.to - y.to);
  const reciprocityOf = (which: 'before' | 'after', id: number): number | null => {
    const m = partners[which].get(id);
    if (!m || m.size === 0) return null;
    let both = 0;
    for (const bits of m.values()) if (bits === 3) both++;
    return both / m.size;
  };
  return {
    event: { id: event.id, name: event.name, date: event.date },
    window: { before, after },
    attendees: attendees.length,
    tiesCreated,
    mentions: { before: mentionsBefore, after: mentionsAfter, change: mentionsAfter - mentionsBefore },
    reciprocity: attendees.map((a) => {
      const b = reciprocityOf('before', a.id);
      const f = reciprocityOf('after', a.id);
      return { id: a.id, name: a.name, before: b, after: f, change: b === null || f === null ? null : f - b };
    }),
  };
}
