// `maillage events`, `maillage event add` and `maillage import attendees PATH --event ID`: the
// organiser's events and guest lists from the command line, through the services gate.
import { parseArgs } from 'node:util';
import { ATTENDEE_FIELDS, type AttendeeField } from '../../../shared/attendees';
import { csvLine } from '../../../shared/csv';
import { EVENT_KINDS, type EventKind, type EventSummary } from '../../../shared/domain';
import { existsSync } from 'node:fs';
import { UsageError } from '../errors';
import { withGate } from '../gate';
import { callService, notFound } from '../service-call';
import { describeSummary } from './import';

const SOURCE_NAMES: Record<string, string> = { eventbrite: 'Eventbrite', weezevent: 'Weezevent', billetweb: 'Billetweb', swapcard: 'Swapcard', 'google-forms': 'Google Forms', typeform: 'Typeform' };

export const EVENTS_COLUMNS = ['id', 'name', 'date', 'venue', 'capacity', 'invited', 'confirmed', 'declined', 'attended'] as const;

function eventRow(e: EventSummary): Array<string | number | null> {
  return [e.id, e.name, e.date, e.place, e.capacity, e.counts.invited, e.counts.confirmed, e.counts.declined, e.counts.attended];
}

export async function eventsCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'table' } }, strict: true });
  const format = values.format;
  if (format !== 'table' && format !== 'csv' && format !== 'json') throw new UsageError(`--format: expected table, csv or json, got "${format}"`);
  const events = await callService(db, 'events:list', undefined);
  if (format === 'json') return out(JSON.stringify(events.map((e) => ({ id: e.id, name: e.name, date: e.date, venue: e.place, capacity: e.capacity, kind: e.kind, counts: e.counts })), null, 2));
  out(format === 'csv' ? EVENTS_COLUMNS.join(',') : EVENTS_COLUMNS.join('\t'));
  for (const e of events) out(format === 'csv' ? csvLine(eventRow(e)) : eventRow(e).map((v) => v ?? '').join('\t'));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function eventCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { name: { type: 'string' }, date: { type: 'string' }, capacity: { type: 'string' }, kind: { type: 'string', default: 'forum' }, place: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals[0] !== 'add' || positionals.length !== 1) throw new UsageError('expected: event add --name NAME --date YYYY-MM-DD [--capacity N] [--kind KIND] [--place PLACE]');
  if (values.name === undefined || values.name.trim() === '') throw new UsageError('event add needs --name NAME');
  if (values.date === undefined || !DAY.test(values.date) || Number.isNaN(Date.parse(values.date))) throw new UsageError(`--date: expected a date like 2027-01-14, got "${values.date ?? ''}"`);
  let capacity: number | null = null;
  if (values.capacity !== undefined) {
    capacity = Number(values.capacity);
    if (!/^\d+$/.test(values.capacity) || capacity < 1) throw new UsageError(`--capacity: expected a whole number ≥ 1, got "${values.capacity}"`);
  }
  if (!(EVENT_KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind: expected one of ${EVENT_KINDS.join(', ')}, got "${values.kind}"`);
  const event = await callService(db, 'event:create', { name: values.name, date: values.date, capacity, kind: values.kind as EventKind, place: values.place ?? null, hostOrganisation: null });
  out(`event ${event.id}: ${event.name} (${event.date}${event.capacity ? `, ${event.capacity} seats` : ''})`);
}

/** "Given=first_name,Family=last_name" → mapping (field "ignore" or "" to leave a column out). */
export function parseAttendeeMapping(raw: string | undefined): Record<string, AttendeeField | ''> | undefined {
  if (raw === undefined) return undefined;
  const mapping: Record<string, AttendeeField | ''> = {};
  for (const pair of raw.split(',')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map: expected "File header=field,…", got "${pair}"`);
    const field = pair.slice(at + 1).trim();
    const value = field === 'ignore' ? '' : field;
    if (value !== '' && !(ATTENDEE_FIELDS as readonly string[]).includes(value)) throw new UsageError(`--map: unknown field "${field}" — expected ${ATTENDEE_FIELDS.join(', ')} or ignore`);
    mapping[pair.slice(0, at).trim()] = value as AttendeeField | '';
  }
  return mapping;
}

export async function importAttendeesCommand(db: string | undefined, args: string[], out: (l: string) => void, err: (l: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { event: { type: 'string' }, map: { type: 'string' } }, allowPositionals: true, strict: true });
  const [path] = positionals;
  if (!path || positionals.length !== 1) throw new UsageError('usage: maillage --db FILE import attendees PATH --event ID [--map "Header=field,…"]');
  if (values.event === undefined || !/^\d+$/.test(values.event) || Number(values.event) < 1) throw new UsageError(`import attendees needs --event ID (see "maillage events"), got "${values.event ?? ''}"`);
  const eventId = Number(values.event);
  const mapping = parseAttendeeMapping(values.map);
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  try {
    await withGate(db, 'import attendees', async (gate) => {
      const choice = { staged: gate.stage(path), eventId, ...(mapping ? { mapping } : {}) };
      // The same detection as the app's preview; an unmappable list fails with the columns to map.
      const preview = await gate.call('attendees:preview', choice);
      if (preview.problem) throw new UsageError(`${preview.problem} — e.g. --map "${preview.headers[0] ?? 'Header'}=name"`);
      err(`${preview.fileName}: ${preview.source === 'csv' ? 'a guest list' : `an export from ${SOURCE_NAMES[preview.source]}`}, ${preview.guests} guests (${preview.statuses.confirmed} confirmed, ${preview.statuses.attended} attended, ${preview.statuses.invited} pending, ${preview.statuses.declined} declined) into ${preview.event.name}`);
      const summary = await gate.call('attendees:import', choice);
      for (const line of describeSummary(summary)) out(line);
    });
  } catch (error) {
    if (notFound(error)) throw new UsageError(`--event: ${error.message}`);
    throw error;
  }
}

export async function importIcsCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const [path] = positionals;
  if (!path || positionals.length !== 1) throw new UsageError('usage: maillage --db FILE import ics PATH');
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  await withGate(db, 'import ics', async (gate) => {
    const summary = await gate.call('calendar:import', { staged: gate.stage(path) });
    for (const line of describeSummary(summary)) out(line);
  });
}
