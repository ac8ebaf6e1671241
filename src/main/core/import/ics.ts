// Calendar files (.ics, RFC 5545) as events: each VEVENT becomes an event (summary, start date,
// location), and its attendees, where the file names them by email, become people with their
// answer (PARTSTAT) as the attendance status; the organiser and chairs are hosts. Parsed with
// ical.js (Mozilla's iCalendar parser).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { AttendanceRole, AttendanceStatus } from '../../../shared/domain';
import { emptyBundle, ImportError, type ImportBundle, type ImportedPerson } from './bundle';
import { decodeUtf8, MAX_NAME_LENGTH, MAX_WHOLE_FILE_BYTES, normaliseEmail } from './common';

const PARTSTAT: Record<string, AttendanceStatus> = {
  ACCEPTED: 'confirmed',
  DECLINED: 'declined',
  TENTATIVE: 'invited',
  'NEEDS-ACTION': 'invited',
  DELEGATED: 'declined',
};

export interface IcsParse {
  bundle: ImportBundle;
  contentHash: string;
}

export async function parseIcs(path: string, fileName: string): Promise<IcsParse> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    const detail = error.code ?? String(error);
    throw new ImportError(fileName, `cannot read (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  });
  if (bytes.length > MAX_WHOLE_FILE_BYTES) throw new ImportError(fileName, 'the calendar is too large', {}, { key: 'icsTooLarge' });
  const text = decodeUtf8(bytes, fileName).replace(/^\uFEFF/, '');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(fileName, `not a readable iCalendar file (${detail}): expected BEGIN:VCALENDAR … END:VCALENDAR`, {}, { key: 'icsNotCalendar', params: { detail } });
  }
  if (root.name !== 'vcalendar') {
    const found = root.name.toUpperCase();
    throw new ImportError(fileName, `expected a VCALENDAR, found ${found}`, {}, { key: 'icsNotVcalendar', params: { found } });
  }
  const bundle = emptyBundle('csv');
  const people = new Map<string, ImportedPerson>();
  const person = (value: unknown, cn: unknown): string | null => {
    const email = typeof value === 'string' ? normaliseEmail(value) : null;
    if (!email) return null;
    const key = `email:${email}`;
    if (!people.has(key)) {
      const name = typeof cn === 'string' && cn.trim() ? cn.trim().slice(0, MAX_NAME_LENGTH) : email;
      const p: ImportedPerson = { key, name, handles: [{ kind: 'email', value: email }] };
      people.set(key, p);
      bundle.people.push(p);
    }
    return key;
  };
  root.getAllSubcomponents('vevent').forEach((vevent, k) => {
    const event = new ICAL.Event(vevent);
    const where = `VEVENT #${k + 1}${event.uid ? ` (${event.uid})` : ''}`;
    const name = (event.summary ?? '').trim();
    if (!name) throw new ImportError(fileName, 'an event has no SUMMARY: expected its name', { path: where, field: 'SUMMARY' }, { key: 'icsEventNoSummary' });
    if (!event.startDate) throw new ImportError(fileName, 'an event has no DTSTART: expected its date', { path: where, field: 'DTSTART' }, { key: 'icsEventNoStart' });
    // The day as the organiser wrote it (its own time zone), not shifted to UTC.
    const s = event.startDate;
    const date = `${String(s.year).padStart(4, '0')}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
    const key = `event:${k}`;
    bundle.events.push({ key, name: name.slice(0, 300), date, ...(event.location ? { place: event.location.slice(0, 500) } : {}) });
    const seen = new Set<string>();
    const organizer = vevent.getFirstProperty('organizer');
    if (organizer) {
      const who = person(organizer.getFirstValue(), organizer.getParameter('cn'));
      if (who) {
        seen.add(who);
        bundle.attendance.push({ person: who, event: key, role: 'host', status: 'confirmed' });
      }
    }
    for (const attendee of vevent.getAllProperties('attendee')) {
      const who = person(attendee.getFirstValue(), attendee.getParameter('cn'));
      if (!who) {
        // The page names the event and the attendee as the file writes them (CN, else the address given).
        const cn = attendee.getParameter('cn');
        const written = typeof cn === 'string' && cn.trim() ? cn.trim() : String(attendee.getFirstValue() ?? '');
        const why = { key: 'icsAttendeeNoEmail', params: { event: where, name: name.slice(0, 300), attendee: written.slice(0, MAX_NAME_LENGTH) } } as const;
        bundle.warnings.push({ message: `${where}: an attendee without an email address was passed over`, why });
        continue;
      }
      if (seen.has(who)) continue;
      seen.add(who);
      const partstat = String(attendee.getParameter('partstat') ?? 'NEEDS-ACTION').toUpperCase();
      const role: AttendanceRole = String(attendee.getParameter('role') ?? '').toUpperCase() === 'CHAIR' ? 'host' : 'attendee';
      bundle.attendance.push({ person: who, event: key, role, status: PARTSTAT[partstat] ?? 'invited' });
    }
  });
  if (bundle.events.length === 0) throw new ImportError(fileName, 'the calendar holds no event (VEVENT)', {}, { key: 'icsNoEvent' });
  return { bundle, contentHash: createHash('sha256').update(bytes).digest('hex') };
}
