// The reminders inbox in the network file (schema v10), and the owner's exchanges it is drawn
// from: one reminder per signal, its decision (done, snoozed until a date, dismissed) kept.
import type { Reminder, ReminderKind, ReminderStatus } from '../../../shared/watch';
import type { Db } from './connection';

export function networkOwner(db: Db): { personId: number; name: string } | null {
  const row = db.prepare('SELECT id, name FROM person WHERE is_me = 1').get() as { id: number; name: string } | undefined;
  return row ? { personId: row.id, name: row.name } : null;
}

/** Attendances (attended, dated) at the events the owner attended. */
export function ownerEventAttendance(db: Db, me: number): Array<[person: number, event: number, date: string]> {
  return db
    .prepare(
      `SELECT a.person_id, a.event_id, e.date FROM attendance a JOIN event e ON e.id = a.event_id
       WHERE a.status = 'attended' AND e.date IS NOT NULL
         AND a.event_id IN (SELECT event_id FROM attendance WHERE person_id = ? AND status = 'attended')`,
    )
    .raw()
    .all(me) as Array<[number, number, string]>;
}

/** Communities of the latest score run: each person's, and each community's size. */
export function latestCommunities(db: Db): { community: Map<number, number>; size: Map<number, number> } | null {
  const run = (db.prepare('SELECT max(id) AS id FROM score_run').get() as { id: number | null }).id;
  if (run === null) return null;
  const community = new Map<number, number>();
  const size = new Map<number, number>();
  for (const [person, c] of db.prepare('SELECT person_id, community FROM score WHERE run_id = ?').raw().iterate(run) as Iterable<[number, number]>) {
    community.set(person, c);
    size.set(c, (size.get(c) ?? 0) + 1);
  }
  return { community, size };
}

export interface ReminderSignal {
  key: string;
  kind: ReminderKind;
  personId: number;
  details: Reminder['details'];
  dueAt: string;
}

/** Stores the signals not seen before; returns how many are new. */
export function storeSignals(db: Db, signals: readonly ReminderSignal[], createdAt: string): number {
  const insert = db.prepare('INSERT OR IGNORE INTO reminder (signal_key, kind, person_id, details, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  return db.transaction(() => signals.reduce((n, s) => n + insert.run(s.key, s.kind, s.personId, JSON.stringify(s.details), s.dueAt, createdAt).changes, 0))();
}

/** Snoozes that have run out become open again. */
export function wakeSnoozed(db: Db, today: string): void {
  db.prepare("UPDATE reminder SET status = 'open', snoozed_until = NULL WHERE status = 'snoozed' AND snoozed_until <= ?").run(today);
}

interface ReminderRow {
  id: number; kind: ReminderKind; person_id: number; name: string; organisation: string | null; details: string; due_at: string;
  status: ReminderStatus; snoozed_until: string | null;
}
const SELECT = `SELECT r.id, r.kind, r.person_id, p.name, o.name AS organisation, r.details, r.due_at, r.status, r.snoozed_until
  FROM reminder r JOIN person p ON p.id = r.person_id LEFT JOIN organisation o ON o.id = p.organisation_id`;
const toReminder = (r: ReminderRow): Reminder => ({
  id: r.id, kind: r.kind, personId: r.person_id, name: r.name, organisation: r.organisation, details: JSON.parse(r.details) as Reminder['details'],
  dueAt: r.due_at, status: r.status, snoozedUntil: r.snoozed_until,
});

export function remindersWithStatus(db: Db, status: 'open' | 'snoozed'): Reminder[] {
  return (db.prepare(`${SELECT} WHERE r.status = ? ORDER BY ${status === 'open' ? 'r.due_at, r.id' : 'r.snoozed_until, r.id'}`).all(status) as ReminderRow[]).map(toReminder);
}

export function reminderById(db: Db, id: number): Reminder | null {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as ReminderRow | undefined;
  return row ? toReminder(row) : null;
}

export function setReminderStatus(db: Db, id: number, status: ReminderStatus, snoozedUntil: string | null, decidedAt: string | null): boolean {
  return db.prepare('UPDATE reminder SET status = ?, snoozed_until = ?, decided_at = ? WHERE id = ?').run(status, snoozedUntil, decidedAt, id).changes === 1;
}

const NOTIFY_SETTING = 'reminders.notify';

/** Whether the desktop app shows a notification for due reminders (off unless turned on). */
export function reminderNotifications(db: Db): boolean {
  return (db.prepare('SELECT value FROM network_setting WHERE key = ?').get(NOTIFY_SETTING) as { value: string } | undefined)?.value === 'on';
}

export function setReminderNotifications(db: Db, on: boolean): void {
  db.prepare('INSERT INTO network_setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(NOTIFY_SETTING, on ? 'on' : 'off');
}
