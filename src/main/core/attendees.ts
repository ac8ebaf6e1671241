// The guest-list import as the app and the CLI call it: preview a staged export against a chosen
// event (tool recognised, columns mapped, statuses counted), then import it in one transaction;
// and calendar files (.ics), whose events come with their attendees.
import type { AttendeeField, AttendeePreview } from '../../shared/attendees';
import type { ImportSummary } from '../../shared/imports';
import type { Db } from './db/connection';
import { knownGuests } from './db/attendee-import';
import { getEventDetail } from './db/events';
import { attendeesBundle, detectAttendeeColumns, readAttendeeTable } from './import/attendees';
import { ImportError } from './import/bundle';
import { parseIcs } from './import/ics';
import type { CalendarPreview } from '../../shared/calendar';
import type { StagedFile } from './import/staging';
import { personNameKey, writeBundle } from './db/import-write';
import { proposeMerges } from './db/merges';

export interface AttendeeChoice {
  eventId: number;
  /** File header → field ('' to ignore); DEFAULT as detected. Headers not named keep their detection. */
  mapping?: Record<string, AttendeeField | ''> | undefined;
}

async function parse(db: Db, file: { path: string; fileName: string }, choice: AttendeeChoice) {
  const event = getEventDetail(db, choice.eventId);
  const table = await readAttendeeTable(file.path, file.fileName);
  const detected = detectAttendeeColumns(table.headers);
  const mapping = { ...detected.mapping, ...(choice.mapping ?? {}) };
  const unknown = Object.keys(choice.mapping ?? {}).find((h) => !table.headers.includes(h));
  if (unknown !== undefined) throw new ImportError(file.fileName, `the mapping names a column "${unknown.slice(0, 80)}" that the file does not have (its columns: ${table.headers.join(', ').slice(0, 300)})`);
  return { event, table, source: detected.source, mapping };
}

export async function previewAttendees(db: Db, file: StagedFile, choice: AttendeeChoice): Promise<AttendeePreview> {
  const { event, table, source, mapping } = await parse(db, file, choice);
  const base = { fileName: file.fileName, event: { id: event.id, name: event.name, date: event.date }, source, headers: table.headers, mapping };
  try {
    const { bundle, statuses, eventNames } = attendeesBundle(table, mapping, event, file.fileName);
    const statusOf = new Map(bundle.attendance.map((a) => [a.person, a.status ?? 'confirmed']));
    const guests = bundle.people.map((p) => ({ email: p.handles.find((h) => h.kind === 'email')?.value ?? null, nameKey: personNameKey(p.name) }));
    return {
      ...base,
      guests: bundle.people.length,
      statuses,
      knownPeople: knownGuests(db, guests, personNameKey),
      sample: bundle.people.slice(0, 20).map((p) => ({ name: p.name, email: p.handles[0]?.value ?? null, organisation: p.organisation ?? null, status: statusOf.get(p.key) ?? 'confirmed' })),
      eventNames,
      warnings: bundle.warnings.slice(0, 50),
      problem: null,
    };
  } catch (error) {
    // A mapping that cannot work yet (nothing names the guests, a status not understood) is
    // shown with the mapper, so that the user can fix it there.
    if (!(error instanceof ImportError)) throw error;
    return { ...base, guests: 0, statuses: { invited: 0, confirmed: 0, declined: 0, attended: 0 }, knownPeople: 0, sample: [], eventNames: [], warnings: [], problem: error.message };
  }
}

export async function importAttendees(db: Db, file: { path: string; fileName: string }, choice: AttendeeChoice): Promise<ImportSummary> {
  const { event, table, mapping } = await parse(db, file, choice);
  const { bundle } = attendeesBundle(table, mapping, event, file.fileName);
  // The same list into the same event is the same import; into another event, a new one.
  const summary = writeBundle(db, bundle, { fileName: `${file.fileName} → ${event.name}`, format: 'csv', contentHash: `attendees:${event.id}:${table.contentHash}` });
  return { ...summary, proposedMerges: summary.alreadyImported ? 0 : proposeMerges(db) };
}

/** What a calendar file would add, read exactly as the import reads it (nothing is written). */
export async function previewCalendar(file: { id: string; path: string; fileName: string }): Promise<CalendarPreview> {
  const { bundle } = await parseIcs(file.path, file.fileName);
  const people = (key: string) => new Set(bundle.attendance.filter((a) => a.event === key).map((a) => a.person)).size;
  return {
    staged: file.id,
    fileName: file.fileName,
    events: bundle.events.map((e) => ({ name: e.name, date: e.date ?? null, place: e.place ?? null, attendees: people(e.key) })),
    attendees: bundle.people.length,
    warnings: bundle.warnings,
  };
}

/** A calendar file: its events, and their attendees by email with their answers. */
export async function importCalendar(db: Db, file: { path: string; fileName: string }): Promise<ImportSummary> {
  const { bundle, contentHash } = await parseIcs(file.path, file.fileName);
  const summary = writeBundle(db, bundle, { fileName: file.fileName, format: 'csv', contentHash: `ics:${contentHash}` });
  return { ...summary, proposedMerges: summary.alreadyImported ? 0 : proposeMerges(db) };
}
