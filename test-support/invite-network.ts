// Test helpers for the invite planner: Davis's Southern Women as a network file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../src/main/core/db/connection';

export interface DavisFixture {
  women: string[];
  events: string[];
  attendance: Array<[string, string]>;
  projection: Array<[string, string, number]>;
  influence: Record<string, number>;
  brokerage: Record<string, number>;
  minShared3: { edges: number; degree: Record<string, number>; twoHop: Record<string, number>; greedyReach: { capacity: number; picks: string[]; gains: number[] } };
}

export function davisFixture(): DavisFixture {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'main', 'core', 'invite', 'fixtures', 'davis.json'), 'utf8')) as DavisFixture;
}

/** The 18 women as people (ids 1–18 in fixture order), E1–E14 as past events one week apart
 * (ids 1–14, status attended), and an upcoming event E15 (id 15) with nobody yet. */
export function davisDb(): { db: Db; fixture: DavisFixture; personId: Map<string, number>; eventId: Map<string, number> } {
  const fixture = davisFixture();
  const db = openDatabase(':memory:', { create: true });
  const personId = new Map<string, number>();
  const eventId = new Map<string, number>();
  db.transaction(() => {
    const person = db.prepare("INSERT INTO person (name, role, gender, created_at) VALUES (?, 'peer', 'f', '2026-01-01T00:00:00Z')");
    for (const w of fixture.women) personId.set(w, Number(person.run(w).lastInsertRowid));
    const event = db.prepare("INSERT INTO event (name, kind, date) VALUES (?, 'dinner', ?)");
    fixture.events.forEach((e, k) => eventId.set(e, Number(event.run(e, new Date(Date.UTC(2025, 0, 1 + 7 * k)).toISOString().slice(0, 10)).lastInsertRowid)));
    eventId.set('E15', Number(event.run('E15', '2026-12-01').lastInsertRowid));
    const attend = db.prepare("INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, 'attendee', 'attended')");
    for (const [w, e] of fixture.attendance) attend.run(personId.get(w), eventId.get(e));
  })();
  return { db, fixture, personId, eventId };
}

/** A small network file: people 1–8 (roles given), interactions (from, to, kind, at), and one
 * event (id 1, dated) whose attendees are given with a status. */
export function smallDb(options: {
  roles: string[];
  interactions: Array<[number, number, string, string]>;
  eventDate: string;
  attendees: Array<[number, 'confirmed' | 'attended' | 'declined']>;
}): Db {
  const db = openDatabase(':memory:', { create: true });
  db.transaction(() => {
    const person = db.prepare("INSERT INTO person (name, role, created_at) VALUES (?, ?, '2026-01-01T00:00:00Z')");
    options.roles.forEach((role, i) => person.run(`P${i + 1}`, role));
    const interaction = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, ?, 'x', ?)");
    for (const [from, to, kind, at] of options.interactions) interaction.run(from, to, kind, at);
    db.prepare("INSERT INTO event (name, kind, date) VALUES ('Dîner', 'dinner', ?)").run(options.eventDate);
    const attend = db.prepare('INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, 1, ?, ?)');
    options.attendees.forEach(([id, status], k) => attend.run(id, k === 0 ? 'host' : 'attendee', status));
  })();
  return db;
}
