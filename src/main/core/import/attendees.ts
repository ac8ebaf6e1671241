// Guest lists from where organisers keep them — Eventbrite, Weezevent, Billetweb, Swapcard,
// Google Forms and Typeform exports, or any CSV (`,` or `;`) or XLSX sheet — read into one
// event's attendance: first/last name columns build the name, email/company/job title identify
// or create people (the same identity rules as every import, in write.ts), and the ticketing
// statuses, French or English, become attendance statuses. Any column can be mapped by hand.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import type { AttendanceRole, AttendanceStatus } from '../../../shared/domain';
import { ATTENDEE_FIELDS, type AttendeeField, type AttendeeSource } from '../../../shared/attendees';
import { ImportError, emptyBundle, type ImportBundle, type ImportedPerson } from './bundle';
import { decodeUtf8, MAX_NAME_LENGTH, MAX_WHOLE_FILE_BYTES, nameKey, normaliseEmail, parseAttendanceRole } from './common';
import { csvRows, detectDelimiter } from './csv-rows';

export interface AttendeeTable {
  headers: string[];
  rows: Array<{ line: number; cells: string[] }>;
  /** What the bytes hash to: the same list imported twice into the same event adds nothing. */
  contentHash: string;
}

/** A header in the comparable form: no case, accents or punctuation. */
function headerKey(raw: string): string {
  return nameKey(raw.replace(/^\uFEFF/, '')).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The headers that mean each field, across the tools (compared with headerKey). */
const HEADERS: Record<AttendeeField, string[]> = {
  first_name: ['first name', 'firstname', 'given name', 'prenom', 'prenom du participant', 'attendee first name', 'first name attendee', 'prenom participant'],
  last_name: ['last name', 'lastname', 'surname', 'family name', 'nom de famille', 'attendee last name', 'nom du participant', 'nom participant'],
  name: ['name', 'full name', 'fullname', 'attendee name', 'nom complet', 'participant', 'your name', 'votre nom', 'nom et prenom', 'prenom et nom', 'prenom nom'],
  email: ['email', 'e mail', 'email address', 'adresse e mail', 'adresse email', 'adresse mail', 'mail', 'courriel', 'attendee email', 'your email', 'votre e mail', 'votre email'],
  organisation: ['company', 'company name', 'organisation', 'organization', 'societe', 'entreprise', 'structure', 'employer', 'your company', 'votre entreprise', 'votre societe', 'raison sociale'],
  title: ['job title', 'title', 'position', 'fonction', 'poste', 'your job title', 'votre fonction', 'votre poste', 'intitule de poste'],
  status: ['attendee status', 'status', 'statut', 'registration status', 'ticket status', 'statut du billet', 'statut de l inscription', 'etat', 'rsvp', 'participation status'],
  checked_in: ['checked in', 'check in', 'checked in status', 'utilise', 'scanne', 'present', 'presence', 'badge scanne', 'check in status'],
  role: ['role', 'attendee role', 'participant type', 'type de participant', 'type de participation'],
  event: ['event name', 'event', 'evenement', 'nom de l evenement', 'event title'],
};

/** Headers that say which tool wrote the file (all of one group present). */
const SIGNATURES: Array<{ source: AttendeeSource; headers: string[] }> = [
  { source: 'eventbrite', headers: ['order', 'attendee status', 'ticket type'] },
  { source: 'billetweb', headers: ['billet', 'tarif', 'commande'] },
  { source: 'weezevent', headers: ['nom', 'prenom', 'e mail', 'statut'] },
  { source: 'swapcard', headers: ['first name', 'last name', 'organization', 'registration status'] },
  { source: 'typeform', headers: ['submit date utc', 'network id'] },
  { source: 'google-forms', headers: ['timestamp'] },
  { source: 'google-forms', headers: ['horodateur'] },
];

/** A form's yes/no question about coming ("Will you attend?", "Serez-vous présent ?") is the status. */
const ATTEND_QUESTION = /\b(will you (attend|come|join)|attending|serez vous (present|la)|participerez vous|venez vous|viendrez vous)\b/;

export function detectAttendeeColumns(headers: string[]): { source: AttendeeSource; mapping: Record<string, AttendeeField | ''> } {
  const keys = headers.map(headerKey);
  const keySet = new Set(keys.map((k) => k.replace(/ #$/, '')));
  const source = SIGNATURES.find((s) => s.headers.every((h) => keySet.has(h) || keys.some((k) => k.startsWith(`${h} `) || k === h)))?.source ?? 'csv';
  const mapping: Record<string, AttendeeField | ''> = {};
  const taken = new Set<AttendeeField>();
  // French lists write "Prénom" and "Nom": then "Nom" is the last name.
  const hasFirst = keys.some((k) => HEADERS.first_name.includes(k));
  headers.forEach((header, i) => {
    const key = keys[i] as string;
    let field = ATTENDEE_FIELDS.find((f) => HEADERS[f].includes(key));
    if (!field && key === 'nom') field = hasFirst ? 'last_name' : 'name';
    if (!field && ATTEND_QUESTION.test(key)) field = 'status';
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    } else mapping[header] = '';
  });
  return { source, mapping };
}

/** Ticketing statuses in French and English → attendance status (compared with headerKey). */
const STATUS_WORDS: Record<string, AttendanceStatus> = {
  // registered, paid, confirmed
  attending: 'confirmed', confirmed: 'confirmed', registered: 'confirmed', paid: 'confirmed', valid: 'confirmed', accepted: 'confirmed',
  approved: 'confirmed', completed: 'confirmed', going: 'confirmed', yes: 'confirmed', 'ticket issued': 'confirmed', booked: 'confirmed',
  confirme: 'confirmed', confirmee: 'confirmed', inscrit: 'confirmed', inscrite: 'confirmed', valide: 'confirmed', validee: 'confirmed',
  paye: 'confirmed', payee: 'confirmed', oui: 'confirmed', accepte: 'confirmed', acceptee: 'confirmed', 'je viens': 'confirmed', 'je serai present': 'confirmed', 'je serai presente': 'confirmed',
  // came
  'checked in': 'attended', 'checked in yes': 'attended', attended: 'attended', scanned: 'attended', present: 'attended', presente: 'attended',
  venu: 'attended', venue: 'attended', scanne: 'attended', utilise: 'attended', 'a participe': 'attended',
  // cancelled, refunded, declined
  cancelled: 'declined', canceled: 'declined', refund: 'declined', refunded: 'declined', 'not attending': 'declined', declined: 'declined',
  deleted: 'declined', 'not going': 'declined', no: 'declined', rejected: 'declined', transferred: 'declined', 'no show': 'declined',
  annule: 'declined', annulee: 'declined', rembourse: 'declined', remboursee: 'declined', refuse: 'declined', refusee: 'declined',
  decline: 'declined', declinee: 'declined', non: 'declined', absent: 'declined', absente: 'declined', 'je ne viens pas': 'declined', excuse: 'declined', excusee: 'declined',
  // not answered yet, or waiting for a seat
  waitlist: 'invited', waitlisted: 'invited', 'waiting list': 'invited', 'wait list': 'invited', pending: 'invited', invited: 'invited',
  maybe: 'invited', tentative: 'invited', 'no response': 'invited', 'awaiting payment': 'invited',
  'liste d attente': 'invited', 'en attente': 'invited', invite: 'invited', invitee: 'invited', 'peut etre': 'invited', 'sans reponse': 'invited',
};

export function parseTicketStatus(raw: string): AttendanceStatus | null {
  return STATUS_WORDS[headerKey(raw)] ?? null;
}

const TRUE_WORDS = new Set(['yes', 'oui', 'true', 'vrai', '1', 'x', 'checked in', 'present', 'scanne', 'utilise']);
const FALSE_WORDS = new Set(['no', 'non', 'false', 'faux', '0', '']);

/** Reads an export: an XLSX sheet (its first), or CSV text with `,` `;` or tab. */
export async function readAttendeeTable(path: string, fileName: string): Promise<AttendeeTable> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    const detail = error.code ?? String(error);
    throw new ImportError(fileName, `cannot read (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  });
  if (bytes.length > MAX_WHOLE_FILE_BYTES) {
    const max = MAX_WHOLE_FILE_BYTES / 1024 ** 2;
    throw new ImportError(fileName, `the file is larger than ${max} MB: a guest list is expected`, {}, { key: 'guestListTooLarge', params: { max } });
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  // XLSX is a zip: it starts with "PK".
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let sheet: unknown[][];
    try {
      sheet = (await readSheet(bytes)) as unknown[][];
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ImportError(fileName, `not a readable XLSX workbook (${detail})`, {}, { key: 'notXlsx', params: { detail } });
    }
    const cell = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
    const lines = sheet.map((row, i) => ({ line: i + 1, cells: row.map(cell) })).filter((r) => r.cells.some((c) => c !== ''));
    const [header, ...rows] = lines;
    if (!header) throw new ImportError(fileName, 'the sheet is empty: expected a header row and one row per guest', {}, { key: 'emptySheet' });
    return { headers: header.cells, rows, contentHash };
  }
  const text = decodeUtf8(bytes, fileName).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\n|\r/)[0] ?? '';
  const all = csvRows(text, fileName, detectDelimiter(firstLine));
  const [header, ...rows] = all;
  if (!header) throw new ImportError(fileName, 'the file is empty: expected a header row and one row per guest', {}, { key: 'emptyGuestList' });
  return { headers: header.cells.map((h) => h.trim()), rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })), contentHash };
}

export interface AttendeeParse {
  bundle: ImportBundle;
  /** Per attendance status, how many guests the file gives. */
  statuses: Record<AttendanceStatus, number>;
  /** Event names found in the file's event column, if any (the chosen event receives every row). */
  eventNames: string[];
}

/** The rows as people and their attendance of the chosen event (key "event" in the bundle). */
export function attendeesBundle(table: AttendeeTable, mapping: Record<string, AttendeeField | ''>, event: { name: string; date: string | null }, fileName: string): AttendeeParse {
  const column = new Map<AttendeeField, number>();
  table.headers.forEach((h, i) => {
    const field = mapping[h];
    if (field && !column.has(field)) column.set(field, i);
  });
  if (!column.has('name') && !column.has('first_name') && !column.has('last_name') && !column.has('email')) {
    const columns = table.headers.slice(0, 12).join(', ');
    throw new ImportError(fileName, `no column holds the guests' names or emails: map one of the columns (${columns}) to first name, last name, name or email`, {}, { key: 'noGuestColumn', params: { columns } });
  }
  const bundle = emptyBundle('csv');
  bundle.events.push({ key: 'event', name: event.name, ...(event.date ? { date: event.date } : {}) });
  const statuses: Record<AttendanceStatus, number> = { invited: 0, confirmed: 0, declined: 0, attended: 0 };
  const eventNames = new Set<string>();
  const byKey = new Map<string, ImportedPerson>();
  const attendance = new Map<string, { status: AttendanceStatus; role?: AttendanceRole }>();
  for (const row of table.rows) {
    const get = (f: AttendeeField) => {
      const i = column.get(f);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const first = get('first_name');
    const last = get('last_name');
    const rawEmail = get('email');
    const email = rawEmail ? normaliseEmail(rawEmail) : null;
    if (rawEmail && !email) {
      const value = rawEmail.slice(0, 80);
      throw new ImportError(fileName, `"${value}" is not an email address (expected name@domain)`, { line: row.line, field: headerOf(table, column, 'email') }, { key: 'badGuestEmail', params: { value } });
    }
    const name = (get('name') || [first, last].filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
    if (!name && !email) {
      bundle.warnings.push({ line: row.line, message: 'a row without a name or an email was passed over', why: { key: 'guestRowNobody' } });
      continue;
    }
    if (name.length > MAX_NAME_LENGTH) {
      const field = headerOf(table, column, column.has('name') ? 'name' : 'last_name');
      throw new ImportError(fileName, `the name is longer than ${MAX_NAME_LENGTH} characters`, { line: row.line, field }, { key: 'guestNameTooLong', params: { max: MAX_NAME_LENGTH } });
    }
    const rawStatus = get('status');
    let status: AttendanceStatus = 'confirmed';
    if (rawStatus) {
      const parsed = parseTicketStatus(rawStatus);
      if (!parsed) {
        const value = rawStatus.slice(0, 80);
        throw new ImportError(
          fileName,
          `"${value}" is not a status this import knows: expected one like Attending, Checked In, Cancelled, Refunded, Waitlist, Confirmé, Présent, Annulé, Liste d'attente — or map this column to "ignore"`,
          { line: row.line, field: headerOf(table, column, 'status') },
          { key: 'unknownGuestStatus', params: { value } },
        );
      }
      status = parsed;
    }
    const checked = headerKey(get('checked_in'));
    if (column.has('checked_in') && !FALSE_WORDS.has(checked)) {
      if (!TRUE_WORDS.has(checked) && !/^\d{4}-\d\d-\d\d/.test(get('checked_in'))) {
        const value = get('checked_in').slice(0, 80);
        throw new ImportError(fileName, `"${value}" is not a check-in value: expected yes/no, oui/non or a check-in date`, { line: row.line, field: headerOf(table, column, 'checked_in') }, { key: 'badCheckIn', params: { value } });
      }
      if (status !== 'declined') status = 'attended';
    }
    const rawRole = get('role');
    const role = rawRole ? parseAttendanceRole(rawRole) ?? undefined : undefined;
    const eventName = get('event');
    if (eventName) eventNames.add(eventName);
    const key = email ? `email:${email}` : `name:${nameKey(name)}`;
    const organisation = get('organisation');
    const title = get('title');
    const known = byKey.get(key);
    if (!known) {
      const person: ImportedPerson = { key, name: name || (email as string), handles: email ? [{ kind: 'email', value: email }] : [] };
      if (organisation) person.organisation = organisation;
      if (title) person.title = title;
      byKey.set(key, person);
      bundle.people.push(person);
    }
    // A guest listed twice (two tickets, a transfer): the later row says where they stand now.
    attendance.set(key, { status, ...(role ? { role } : {}) });
  }
  for (const [person, a] of attendance) {
    statuses[a.status]++;
    bundle.attendance.push({ person, event: 'event', status: a.status, ...(a.role ? { role: a.role } : {}) });
  }
  return { bundle, statuses, eventNames: [...eventNames] };
}

function headerOf(table: AttendeeTable, column: Map<AttendeeField, number>, field: AttendeeField): string {
  const i = column.get(field);
  return i === undefined ? field : (table.headers[i] ?? field);
}
