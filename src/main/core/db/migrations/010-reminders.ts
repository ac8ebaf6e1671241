// Schema v10: the reminders inbox (issue #17). Reminders are drawn from the network's signals
// (a strong tie gone quiet, a bridge gone quiet, a mention left unanswered, an amplifier never
// returned) and kept in the network file so that done, snoozed and dismissed stay so.
export const sql = /* sql */ `
CREATE TABLE reminder (
  id             INTEGER PRIMARY KEY,
  -- kind:person:anchor (the date of the signal): the same signal never makes two reminders, and
  -- a new one (after a new exchange went quiet again) makes a new reminder.
  signal_key     TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind = 'quiet_tie' OR kind = 'quiet_bridge' OR kind = 'unanswered' OR kind = 'unreturned'),
  person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  details        TEXT NOT NULL DEFAULT '{}',            -- JSON: the figures behind the reason
  due_at         TEXT NOT NULL,                          -- ISO 8601 date the reminder is for
  created_at     TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'done' OR status = 'snoozed' OR status = 'dismissed'),
  snoozed_until  TEXT,                                   -- ISO 8601 date, when snoozed
  decided_at     TEXT,
  CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
);
CREATE INDEX reminder_status ON reminder(status, due_at);
CREATE INDEX reminder_person ON reminder(person_id);
`;
