// The interactions aggregate of the store: the one time-window/channel filter, and the dated
// interactions and attended events that every tie-strength reader starts from.
import type { GraphQuery, InteractionKind } from '../../../shared/domain';
import type { Db } from './connection';

/** SQL filter for the interaction window and channels; interactions with no time are always kept. */
export function interactionFilter(query: GraphQuery): { clause: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.from) {
    parts.push('(i.at IS NULL OR i.at >= @from)');
    params.from = query.from;
  }
  if (query.to) {
    // A bare date as upper bound means "through the end of that day".
    parts.push('(i.at IS NULL OR i.at <= @to)');
    params.to = windowEnd(query.to);
  }
  if (query.channels?.length) {
    const names = query.channels.map((c, k) => {
      params[`ch${k}`] = c;
      return `@ch${k}`;
    });
    parts.push(`i.channel IN (${names.join(', ')})`);
  }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** The upper bound of a window as an ISO time: a bare date means the end of that day. */
export function windowEnd(to: string): string {
  return to.length === 10 ? `${to}T23:59:59.999Z` : to;
}

/** One dated interaction: from, to, kind, weight, time (ISO). */
export type DatedInteraction = [from: number, to: number, kind: InteractionKind, weight: number, at: string];

/** The dated interactions in the window and channels; with `personId`, only those to or from that person. */
export function datedInteractions(db: Db, query: GraphQuery, personId?: number): DatedInteraction[] {
  const { clause, params } = interactionFilter(query);
  const conditions = [clause ? clause.slice('WHERE '.length) : '', 'i.at IS NOT NULL', personId === undefined ? '' : '(i.from_person_id = @person OR i.to_person_id = @person)']
    .filter(Boolean)
    .join(' AND ');
  return db
    .prepare(`SELECT i.from_person_id, i.to_person_id, i.kind, i.weight, i.at FROM interaction i WHERE ${conditions}`)
    .raw()
    .all(personId === undefined ? params : { ...params, person: personId }) as DatedInteraction[];
}

/** One attendance at a dated event: person, event, event date (YYYY-MM-DD). */
export type DatedAttendance = [person: number, event: number, date: string];

/** Who attended which dated event; with `personId`, only the events that person attended (all their attendees). */
export function attendedEvents(db: Db, personId?: number): DatedAttendance[] {
  const sql = "SELECT a.person_id, a.event_id, e.date FROM attendance a JOIN event e ON e.id = a.event_id WHERE a.status = 'attended' AND e.date IS NOT NULL";
  if (personId === undefined) return db.prepare(sql).raw().all() as DatedAttendance[];
  return db
    .prepare(`${sql} AND a.event_id IN (SELECT event_id FROM attendance WHERE person_id = ? AND status = 'attended')`)
    .raw()
    .all(personId) as DatedAttendance[];
}

/** Interactions per ordered pair: from, to, count. */
export function pairCounts(db: Db): Iterable<[number, number, number]> {
  return db.prepare('SELECT from_person_id, to_person_id, count(*) FROM interaction GROUP BY from_person_id, to_person_id').raw().iterate() as Iterable<[number, number, number]>;
}

/** Every ordered pair with at least one interaction. */
export function interactingPairs(db: Db): Iterable<[number, number]> {
  return db.prepare('SELECT DISTINCT from_person_id, to_person_id FROM interaction').raw().iterate() as Iterable<[number, number]>;
}

/** One person's interactions per ordered pair: from, to, count, latest time. */
export function pairStatsOf(db: Db, personId: number): Iterable<[number, number, number, string | null]> {
  return db
    .prepare('SELECT from_person_id, to_person_id, count(*), max(at) FROM interaction WHERE from_person_id = @me OR to_person_id = @me GROUP BY from_person_id, to_person_id')
    .raw()
    .iterate({ me: personId }) as Iterable<[number, number, number, string | null]>;
}

/** The dated interactions of these people (either side) before a time: from, to, kind, time. */
export function interactionsOfBefore(db: Db, people: Iterable<number>, before: string): Array<[number, number, string, string]> {
  const list = [...people].map((id) => Number(id)).join(',') || '-1';
  return db
    .prepare(`SELECT from_person_id, to_person_id, kind, at FROM interaction WHERE at IS NOT NULL AND at < ? AND (from_person_id IN (${list}) OR to_person_id IN (${list}))`)
    .raw()
    .all(before) as Array<[number, number, string, string]>;
}
