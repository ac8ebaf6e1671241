// Helpers every parser shares: strict text decoding, handle normalisation, dates, and the
// domain values (roles, kinds…) with the synonyms people actually type in spreadsheets.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ATTENDANCE_ROLES,
  ATTENDANCE_STATUSES,
  CHANNELS,
  EVENT_KINDS,
  GENDERS,
  INTERACTION_KINDS,
  ROLES,
  type AttendanceRole,
  type AttendanceStatus,
  type Channel,
  type EventKind,
  type Gender,
  type Handle,
  type InteractionKind,
  type Role,
} from '../../../shared/domain';
import { ImportError, type ImportProgress } from './bundle';
import { ownValue } from '../../../shared/own-key';

/** Options every parser accepts. */
export interface ParseOptions {
  onProgress?: ImportProgress;
  /** Name used in error messages; defaults to the file's base name. */
  fileName?: string;
}

/** Longest text accepted in a name-like field (names, titles, organisations, handles). */
export const MAX_NAME_LENGTH = 1_000;
/** Longest text accepted in a free-text field (a post's text, notes). */
export const MAX_TEXT_LENGTH = 100_000;

export function displayName(path: string, options?: ParseOptions): string {
  return options?.fileName ?? basename(path);
}

/** Reads a whole file as UTF-8 text (BOM removed); anything else is an ImportError saying what it looks like. */
/** Largest file read whole into memory (exports read this way — LinkedIn's — are a few MB). */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 ** 2;

export async function readUtf8File(path: string, file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_WHOLE_FILE_BYTES) {
      const [mb, max] = [Math.round(size / 1024 ** 2), MAX_WHOLE_FILE_BYTES / 1024 ** 2];
      throw new ImportError(file, `the file is ${mb} MB; this format is read whole and is limited to ${max} MB (is it the right file?)`, {}, { key: 'wholeFileTooLarge', params: { size: mb, max } });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  }
  return decodeUtf8(bytes, file);
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(file, 'the file is UTF-16 encoded; expected UTF-8 (re-save it as "UTF-8")', { line: 1 }, { key: 'utf16' });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ImportError(file, 'the file contains NUL bytes: it is binary or UTF-16, expected UTF-8 text', { line: lineAt(bytes, nul) }, { key: 'nulBytes' });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ImportError(
      file,
      'the file is not valid UTF-8 (it looks like Latin-1/Windows-1252); re-save it as "CSV UTF-8" or choose the Windows-1252 encoding',
      { line: lineAt(bytes, bad) },
      { key: 'notUtf8' },
    );
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first byte that breaks UTF-8 (bytes.length when none does). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Re-throws ImportErrors; turns anything else into one, so callers only ever see ImportError. */
export function asImportError(file: string, error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ImportError(file, `cannot read the file: ${message}`, {}, { key: 'unreadable', params: { detail: message } });
}

// ---------------------------------------------------------------------------------------------
// Handles

const X_HANDLE = /^[a-z0-9_]{1,50}$/;

/** "@Alice", "alice", "https://x.com/Alice" → "alice"; null when it is not an X handle. */
export function normaliseXHandle(raw: string): string | null {
  let v = raw.trim();
  const url = v.match(/^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?:#!\/)?@?([A-Za-z0-9_]+)\/?(?:[?#].*)?$/i);
  if (url) v = url[1]!;
  v = v.replace(/^@/, '').toLowerCase();
  return X_HANDLE.test(v) ? v : null;
}

/** Any LinkedIn profile URL → https://www.linkedin.com/in/<slug> (lower case, decoded); null otherwise. */
export function normaliseLinkedInUrl(raw: string): string | null {
  const slug = linkedInSlug(raw);
  return slug ? `https://www.linkedin.com/in/${slug}` : null;
}

export function linkedInSlug(raw: string): string | null {
  // http or https, www. or a country subdomain, a trailing locale segment ("/fr", "/en-us") or
  // slash, a query or fragment: all the same profile.
  const m = raw.trim().match(/^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:mwlite\/)?in\/([^/?#\s]+)(?:\/[a-z]{2}(?:[-_][a-z]{2})?)?\/?(?:[?#].*)?$/i);
  if (!m) return null;
  let slug = m[1]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A stray % stays as written.
  }
  slug = slug.toLowerCase();
  return slug.length > 0 && slug.length <= 200 && !/[\s/]/.test(slug) ? slug : null;
}

export function normaliseEmail(raw: string): string | null {
  const v = raw.trim().replace(/^mailto:/i, '').toLowerCase();
  return /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/.test(v) && v.length <= 320 ? v : null;
}

/** What a "from"/"to"/"person" cell refers to: a handle (@x, LinkedIn URL, email) or a bare name. */
export function personRef(raw: string): { key: string; name: string; handles: Handle[] } | null {
  const v = raw.trim();
  if (!v) return null;
  if (v.startsWith('@')) {
    const x = normaliseXHandle(v);
    return x ? { key: `x:${x}`, name: '', handles: [{ kind: 'x', value: x }] } : null;
  }
  if (/linkedin\.com\//i.test(v)) {
    const li = normaliseLinkedInUrl(v);
    return li ? { key: `linkedin:${li}`, name: '', handles: [{ kind: 'linkedin', value: li }] } : null;
  }
  if (v.includes('@')) {
    const email = normaliseEmail(v);
    return email ? { key: `email:${email}`, name: '', handles: [{ kind: 'email', value: email }] } : null;
  }
  if (/^https?:\/\/(?:www\.)?(?:twitter|x)\.com\//i.test(v)) {
    const x = normaliseXHandle(v);
    return x ? { key: `x:${x}`, name: '', handles: [{ kind: 'x', value: x }] } : null;
  }
  if (v.length > MAX_NAME_LENGTH) return null;
  return { key: `name:${nameKey(v)}`, name: v, handles: [] };
}

/** Case-, accent- and space-insensitive form of a name, to recognise one person written twice. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  // French exports and spreadsheets
  janv: 1, janvier: 1, fevr: 2, fev: 2, fevrier: 2, mars: 3, avr: 4, avril: 4, mai: 5, juin: 6, juil: 7,
  juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "01 Jan 2024" (LinkedIn) → "2024-01-01"; null when not such a date. */
export function parseDayMonthYear(raw: string): string | null {
  const m = raw.trim().match(/^(\d{1,2})[\s-]+([A-Za-zÀ-ÿ]+)\.?[\s-]+(\d{4})$/);
  if (!m) return null;
  const month = ownValue(MONTHS, nameKey(m[2]!));
  const d = Number(m[1]);
  const y = Number(m[3]);
  if (month === undefined || !validYmd(y, month, d)) return null;
  return `${y}-${pad(month)}-${pad(d)}`;
}

/** "Sat Feb 18 19:45:15 +0000 2023" (X archives) → "2023-02-18T19:45:15.000Z"; null otherwise. */
export function parseTwitterDate(raw: string): string | null {
  const m = raw.match(/^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/);
  if (!m) return null;
  const month = ownValue(MONTHS, m[1]!.toLowerCase());
  const [d, hh, mm, ss, y] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[9])];
  if (month === undefined || !validYmd(y, month, d) || hh > 23 || mm > 59 || ss > 59) return null;
  const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  return new Date(Date.UTC(y, month - 1, d, hh, mm, ss) - offset * 60_000).toISOString();
}

/**
 * ISO 8601 date or date-time → "YYYY-MM-DD" or a UTC instant "YYYY-MM-DDTHH:MM:SS.sssZ". A date-time
 * without a zone is read as UTC. French spreadsheets' "31/12/2024" (day first) is accepted too,
 * because Excel rewrites ISO dates that way when it saves.
 */
export function parseIsoDate(raw: string): string | null {
  const v = raw.trim();
  const fr = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/);
  if (fr) {
    const [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
    if (!validYmd(y, m, d)) return null;
    if (fr[4] === undefined) return `${y}-${pad(m)}-${pad(d)}`;
    const [hh, mm, ss] = [Number(fr[4]), Number(fr[5]), Number(fr[6] ?? 0)];
    if (hh > 23 || mm > 59 || ss > 59) return null;
    return new Date(Date.UTC(y, m - 1, d, hh, mm, ss)).toISOString();
  }
  const iso = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i);
  if (!iso) return null;
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!validYmd(y, m, d)) return null;
  if (iso[4] === undefined) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const [hh, mm, ss] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  const ms = iso[7] ? Math.floor(Number(`0.${iso[7]}`) * 1000) : 0;
  let offset = 0;
  const zone = iso[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = zone.match(/^([+-])(\d{2}):?(\d{2})?$/)!;
    const zh = Number(z[2]);
    const zm = Number(z[3] ?? 0);
    if (zh > 23 || zm > 59) return null;
    offset = (z[1] === '-' ? -1 : 1) * (zh * 60 + zm);
  }
  return new Date(Date.UTC(y, m - 1, d, hh, mm, ss, ms) - offset * 60_000).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Domain values with synonyms (English and French, as typed in spreadsheets)

function simplify(raw: string): string {
  return nameKey(raw).replace(/[()'’.]/g, '').replace(/[\s_-]+/g, ' ').trim();
}

function lookup<T extends string>(values: readonly T[], synonyms: Record<string, T>, raw: string): T | null {
  const v = simplify(raw);
  if ((values as readonly string[]).includes(v.replace(/ /g, '_'))) return v.replace(/ /g, '_') as T;
  return ownValue(synonyms, v) ?? null;
}

const ROLE_SYNONYMS: Record<string, Role> = {
  'chief marketing officer': 'cmo', 'directeur marketing': 'cmo', 'directrice marketing': 'cmo',
  'dir marketing': 'cmo', 'marketing director': 'cmo', 'vp marketing': 'cmo', 'head of marketing': 'cmo',
  'directeur du marketing': 'cmo', 'directrice du marketing': 'cmo',
  pair: 'peer', pairs: 'peer', marketeur: 'peer', marketeuse: 'peer', marketer: 'peer',
  analyste: 'analyst', 'industry analyst': 'analyst',
  journaliste: 'journalist', press: 'journalist', presse: 'journalist', media: 'journalist',
  consultante: 'consultant', consultants: 'consultant', 'consultant e': 'consultant', conseil: 'consultant',
  dsi: 'cio', 'directeur des systemes d information': 'cio', 'directrice des systemes d information': 'cio',
  'chief information officer': 'cio', cto: 'cio',
  experte: 'expert', experts: 'expert', specialiste: 'expert',
  autre: 'other', autres: 'other',
};

export function parseRole(raw: string): Role | null {
  const direct = lookup(ROLES, ROLE_SYNONYMS, raw);
  if (direct) return direct;
  // "consultant(e)", "Consultant·e", "consultant/e"
  const v = simplify(raw).replace(/[·/]/g, '');
  if (/^consultant ?e?s?$/.test(v)) return 'consultant';
  if (/^analyste?s?$/.test(v)) return 'analyst';
  if (/^journalistes?$/.test(v)) return 'journalist';
  return ownValue(ROLE_SYNONYMS, v) ?? null;
}

const GENDER_SYNONYMS: Record<string, Gender> = {
  female: 'f', femme: 'f', woman: 'f', w: 'f', mme: 'f',
  male: 'm', homme: 'm', man: 'm', h: 'm', mr: 'm', m: 'm',
  autre: 'x', other: 'x', 'non binaire': 'x', 'non binary': 'x', nb: 'x',
};

export function parseGender(raw: string): Gender | null {
  return lookup(GENDERS, GENDER_SYNONYMS, raw);
}

const KIND_SYNONYMS: Record<string, InteractionKind> = {
  mentions: 'mention', '@': 'mention', replied: 'reply', reponse: 'reply', answer: 'reply',
  quoted: 'quote', citation: 'quote', rt: 'repost', retweet: 'repost', retweeted: 'repost', share: 'repost',
  partage: 'repost', reposted: 'repost', likes: 'like', jaime: 'like', favorite: 'like', fav: 'like',
  commentaire: 'comment', commented: 'comment', dm: 'message', mail: 'message', email: 'message',
  rencontre: 'met', meeting: 'met',
};

export function parseInteractionKind(raw: string): InteractionKind | null {
  return lookup(INTERACTION_KINDS, KIND_SYNONYMS, raw);
}

const CHANNEL_SYNONYMS: Record<string, Channel> = {
  twitter: 'x', 'x twitter': 'x', 'twitter x': 'x', li: 'linkedin', 'linked in': 'linkedin', mail: 'email',
  'e mail': 'email', courriel: 'email', 'in person': 'in_person', irl: 'in_person', physique: 'in_person',
  presentiel: 'in_person', 'en personne': 'in_person', event: 'in_person',
  autre: 'other',
};

export function parseChannel(raw: string): Channel | null {
  return lookup(CHANNELS, CHANNEL_SYNONYMS, raw);
}

const EVENT_KIND_SYNONYMS: Record<string, EventKind> = {
  'table ronde': 'round_table', roundtable: 'round_table', atelier: 'workshop', diner: 'dinner',
  dejeuner: 'dinner', lunch: 'dinner', webinaire: 'webinar', webinars: 'webinar',
  conference: 'forum', salon: 'forum', summit: 'forum', sommet: 'forum',
};

export function parseEventKind(raw: string): EventKind | null {
  return lookup(EVENT_KINDS, EVENT_KIND_SYNONYMS, raw);
}

const ATTENDANCE_ROLE_SYNONYMS: Record<string, AttendanceRole> = {
  organisateur: 'host', organisatrice: 'host', hote: 'host', organiser: 'host', organizer: 'host',
  intervenant: 'speaker', intervenante: 'speaker', orateur: 'speaker', oratrice: 'speaker', panelist: 'speaker',
  paneliste: 'speaker', participant: 'attendee', participante: 'attendee', guest: 'attendee',
  invite: 'attendee',
};

export function parseAttendanceRole(raw: string): AttendanceRole | null {
  return lookup(ATTENDANCE_ROLES, ATTENDANCE_ROLE_SYNONYMS, raw);
}

const ATTENDANCE_STATUS_SYNONYMS: Record<string, AttendanceStatus> = {
  invite: 'invited', invitee: 'invited',
  confirme: 'confirmed', confirmee: 'confirmed', inscrit: 'confirmed', inscrite: 'confirmed', registered: 'confirmed',
  yes: 'confirmed', oui: 'confirmed', decline: 'declined', declinee: 'declined', refuse: 'declined',
  refusee: 'declined', no: 'declined', non: 'declined', present: 'attended', presente: 'attended',
  venu: 'attended', venue: 'attended', 'checked in': 'attended',
};

export function parseAttendanceStatus(raw: string): AttendanceStatus | null {
  return lookup(ATTENDANCE_STATUSES, ATTENDANCE_STATUS_SYNONYMS, raw);
}

/** "12 345", "12,345", "12.3k", "1,2 M" → integer ≥ 0; null otherwise. */
export function parseCount(raw: string): number | null {
  const v = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  const m = v.match(/^(\d+(?:[.,]\d+)?)([kKmM])?$/);
  if (!m) {
    if (/^\d{1,3}([,.]\d{3})+$/.test(v)) return Number(v.replace(/[,.]/g, ''));
    return null;
  }
  const scale = m[2] ? (m[2].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
  if (!m[2] && /[.,]/.test(m[1]!)) {
    // "12,345" / "12.345" are thousands separators; "12,5" is not a count.
    return /^\d{1,3}[.,]\d{3}$/.test(m[1]!) ? Number(m[1]!.replace(/[.,]/, '')) : null;
  }
  const n = Math.round(Number(m[1]!.replace(',', '.')) * scale);
  return Number.isSafeInteger(n) ? n : null;
}

/** "1.5", "1,5" → 1.5 (positive, finite); null otherwise. */
export function parsePositiveNumber(raw: string): number | null {
  const v = raw.trim().replace(',', '.');
  if (!/^\d*\.?\d+(?:e[+-]?\d+)?$/i.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Compact description of what a domain field accepts, for error messages. */
export function expected(values: readonly string[]): string {
  return `one of ${values.join(', ')}`;
}

/** A JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
