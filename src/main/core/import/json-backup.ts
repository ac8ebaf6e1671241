// Parses Maillage's own JSON backup (export json, version 1): every person with handles,
// organisations (with or without members), events with their host, attendance, interactions
// with their source ids and follows, checked with zod; errors name the JSON path and what was
// expected.
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { ATTENDANCE_ROLES, ATTENDANCE_STATUSES, CHANNELS, EVENT_KINDS, GENDERS, HANDLE_KINDS, INTERACTION_KINDS, ROLES } from '../../../shared/domain';
import { emptyBundle, ImportError, type ImportBundle } from './bundle';
import type { ImportReason } from '../../../shared/import-reasons';
import { ownValue } from '../../../shared/own-key';
import { AUDIENCE_DATE_SOURCES } from '../../../shared/audience';
import { asImportError, displayName, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, parseIsoDate, readUtf8File, type ParseOptions } from './common';

/** The backup layout this version of the app writes and reads. */
export const JSON_BACKUP_VERSION = 1;
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

const id = z.number().int().positive();
const name = z.string().max(MAX_NAME_LENGTH);
const count = z.number().int().nonnegative();
const ISO_DATE_MESSAGE = 'expected an ISO 8601 date or date-time';
const isoDate = z.string().max(64).refine((v) => parseIsoDate(v) !== null, ISO_DATE_MESSAGE);

/** An X account id (digits), as archives name followers. */
const X_ACCOUNT_ID_MESSAGE = 'expected an X account id (digits)';
const xAccountId = z.string().regex(/^\d{1,25}$/, X_ACCOUNT_ID_MESSAGE);
/** Most accounts one side of a snapshot may list (the largest X accounts have ~200 M followers; a backup is ≤ 512 MB). */
const MAX_AUDIENCE = 50_000_000;

const personSchema = z.object({
  id,
  name: name.min(1),
  role: z.enum(ROLES),
  organisation: name.nullable().optional(),
  title: name.nullable().optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  followers: count.nullable().optional(),
  followersAt: isoDate.optional(),
  notes: z.string().max(MAX_TEXT_LENGTH).optional(),
  tags: z.array(name).optional(),
  isMe: z.boolean().optional(),
  originalPosts: count.nullable().optional(),
  reposts: count.nullable().optional(),
  createdAt: z.string().optional(),
  handles: z.array(z.object({ kind: z.enum(HANDLE_KINDS), value: name.min(1) })).optional(),
});

const backupSchema = z.object({
  maillage: z.literal(JSON_BACKUP_VERSION),
  exportedAt: z.string().optional(),
  people: z.array(personSchema),
  organisations: z.array(z.object({ id, name })).optional(),
  events: z
    .array(
      z.object({
        id,
        name: name.min(1),
        kind: z.enum(EVENT_KINDS),
        date: isoDate.nullable().optional(),
        place: name.nullable().optional(),
        capacity: z.number().int().positive().nullable().optional(),
        hostOrganisation: name.nullable().optional(),
      }),
    )
    .optional(),
  attendance: z.array(z.object({ person: id, event: id, role: z.enum(ATTENDANCE_ROLES), status: z.enum(ATTENDANCE_STATUSES) })).optional(),
  interactions: z
    .array(
      z.object({
        from: id,
        to: id,
        kind: z.enum(INTERACTION_KINDS),
        channel: z.enum(CHANNELS),
        at: isoDate.nullable().optional(),
        weight: z.number().positive().finite().optional(),
        externalId: z.string().max(MAX_NAME_LENGTH).nullable().optional(),
      }),
    )
    .optional(),
  follows: z.array(z.object({ follower: id, followed: id })).optional(),
  audience: z
    .array(
      z.object({
        accountId: xAccountId.nullable(),
        takenAt: isoDate,
        dateSource: z.enum(AUDIENCE_DATE_SOURCES),
        followers: z.array(xAccountId).max(MAX_AUDIENCE).nullable(),
        followings: z.array(xAccountId).max(MAX_AUDIENCE).nullable(),
      }),
    )
    .max(10_000)
    .optional(),
});

export type JsonBackup = z.infer<typeof backupSchema>;

const EXPECTED_TYPES: Record<string, ImportReason['key']> = {
  number: 'backupExpectedNumber',
  string: 'backupExpectedString',
  boolean: 'backupExpectedBoolean',
  array: 'backupExpectedArray',
  object: 'backupExpectedObject',
};

/** zod's first complaint about the backup, by a key the UI says in the user's language (zod speaks English). */
function backupIssue(issue: z.core.$ZodIssue): ImportReason {
  const detail = issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined$/.test(detail)) return { key: 'backupMissingField', params: { detail } };
      const key = ownValue(EXPECTED_TYPES, issue.expected);
      return key ? ({ key, params: { detail } } as ImportReason) : { key: 'backupInvalid', params: { detail } };
    }
    case 'invalid_value':
      return { key: 'backupNotOneOf', params: { detail, values: issue.values.map(String).join(', ') } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'backupTooLong', params: { detail, max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'backupTooManyItems', params: { detail, maximum: Number(issue.maximum) } };
      return { key: 'backupTooBig', params: { detail, maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return detail === X_ACCOUNT_ID_MESSAGE ? { key: 'backupXAccountId', params: { detail } } : { key: 'backupInvalid', params: { detail } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { key: 'backupEmptyValue', params: { detail } };
      return issue.inclusive === false
        ? { key: 'backupNotAbove', params: { detail, minimum: Number(issue.minimum) } }
        : { key: 'backupTooSmall', params: { detail, minimum: Number(issue.minimum) } };
    case 'custom':
      if (detail === ISO_DATE_MESSAGE) return { key: 'backupBadDate' };
      return { key: 'backupInvalid', params: { detail } };
    default:
      return { key: 'backupInvalid', params: { detail } };
  }
}

export async function parseJsonBackup(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    const size = (await stat(path).catch((error: NodeJS.ErrnoException) => {
      const detail = error.code ?? String(error);
      throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
    })).size;
    if (size > MAX_JSON_BYTES) {
      const mb = Math.round(size / 1024 / 1024);
      throw new ImportError(file, `the file is ${mb} MB; backups larger than 512 MB are refused`, {}, { key: 'backupTooLarge', params: { size: mb } });
    }
    return parseJsonBackupText(await readUtf8File(path, file), file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_]\w*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`)).join('')}`;
}

function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of a JSON.parse error, from V8's message (position, line, or the quoted context). */
function jsonErrorLine(text: string, message: string): number {
  const lineCol = message.match(/\(line (\d+) column \d+\)/);
  if (lineCol) return Number(lineCol[1]);
  const at = message.match(/at position (\d+)/);
  if (at) return lineOfPosition(text, Number(at[1]));
  if (/end of JSON input/i.test(message)) return lineOfPosition(text, text.length);
  // "Unexpected token 'N', ..."a": NaN, "b"..." is not valid JSON": find the quoted context.
  const context = message.match(/^Unexpected token '(.)', "(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON$/);
  if (context) {
    const start = text.indexOf(context[2]!);
    if (start >= 0) return lineOfPosition(text, start + Math.max(0, context[2]!.indexOf(context[1]!)));
  }
  return 1;
}

export function parseJsonBackupText(text: string, file: string, options: ParseOptions = {}): ImportBundle {
  if (!text.trim()) throw new ImportError(file, 'the file is empty; expected a Maillage JSON backup', { line: 1 }, { key: 'emptyBackup' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.slice(0, 200);
    throw new ImportError(file, `not valid JSON: ${detail}`, { line: jsonErrorLine(text, message) }, { key: 'notJson', params: { detail } });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError(file, 'expected a JSON object with "maillage": 1 (a Maillage backup)', { path: '$' }, { key: 'notBackupObject' });
  }
  const version = (data as Record<string, unknown>)['maillage'];
  if (version === undefined) throw new ImportError(file, 'not a Maillage backup: the "maillage" version field is missing', { path: '$.maillage' }, { key: 'backupVersionMissing' });
  if (version !== JSON_BACKUP_VERSION) {
    const shown = JSON.stringify(version).slice(0, 40);
    throw new ImportError(file, `backup version ${shown} is not supported; expected ${JSON_BACKUP_VERSION}`, { path: '$.maillage' }, { key: 'backupVersion', params: { version: shown, expected: JSON_BACKUP_VERSION } });
  }
  let parsed: ReturnType<typeof backupSchema.safeParse>;
  try {
    parsed = backupSchema.safeParse(data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(file, `the backup is nested too deeply to check (${detail})`, {}, { key: 'backupTooDeep', params: { detail } });
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(file, issue.message, { path: jsonPath(issue.path) }, backupIssue(issue));
  }
  return toBundle(parsed.data, file, options);
}

function toBundle(backup: JsonBackup, file: string, options: ParseOptions): ImportBundle {
  const bundle = emptyBundle('json');
  const people = new Set<number>();
  backup.people.forEach((p, i) => {
    if (people.has(p.id)) throw new ImportError(file, `person id ${p.id} appears twice`, { path: `$.people[${i}].id` }, { key: 'backupPersonTwice', params: { id: p.id } });
    people.add(p.id);
    bundle.people.push({
      key: `person:${p.id}`,
      name: p.name,
      role: p.role,
      ...(p.organisation ? { organisation: p.organisation } : {}),
      ...(p.title ? { title: p.title } : {}),
      ...(p.gender ? { gender: p.gender } : {}),
      ...(p.followers !== null && p.followers !== undefined ? { followers: p.followers } : {}),
      ...(p.followersAt !== undefined && p.followers !== null && p.followers !== undefined ? { followersAt: parseIsoDate(p.followersAt)! } : {}),
      ...(p.notes ? { notes: p.notes } : {}),
      ...(p.tags ? { tags: p.tags } : {}),
      ...(p.isMe ? { isMe: true } : {}),
      ...(p.originalPosts !== null && p.originalPosts !== undefined ? { originalPosts: p.originalPosts } : {}),
      ...(p.reposts !== null && p.reposts !== undefined ? { reposts: p.reposts } : {}),
      handles: p.handles ?? [],
    });
  });
  const person = (value: number, path: string): string => {
    if (!people.has(value)) throw new ImportError(file, `refers to person ${value}, who is not in "people"`, { path }, { key: 'backupUnknownPerson', params: { id: value } });
    return `person:${value}`;
  };
  const events = new Set<number>();
  (backup.events ?? []).forEach((e, i) => {
    if (events.has(e.id)) throw new ImportError(file, `event id ${e.id} appears twice`, { path: `$.events[${i}].id` }, { key: 'backupEventTwice', params: { id: e.id } });
    events.add(e.id);
    bundle.events.push({
      key: `event:${e.id}`,
      name: e.name,
      kind: e.kind,
      ...(e.date ? { date: e.date } : {}),
      ...(e.place ? { place: e.place } : {}),
      ...(e.capacity ? { capacity: e.capacity } : {}),
      ...(e.hostOrganisation ? { hostOrganisation: e.hostOrganisation } : {}),
    });
  });
  // Every organisation of the backup, members or not (a partner company nobody is filed under yet).
  bundle.organisations = (backup.organisations ?? []).map((o) => o.name).filter((n) => n.trim());
  (backup.attendance ?? []).forEach((a, i) => {
    if (!events.has(a.event)) {
      throw new ImportError(file, `refers to event ${a.event}, which is not in "events"`, { path: `$.attendance[${i}].event` }, { key: 'backupUnknownEvent', params: { id: a.event } });
    }
    bundle.attendance.push({ person: person(a.person, `$.attendance[${i}].person`), event: `event:${a.event}`, role: a.role, status: a.status });
  });
  const interactions = backup.interactions ?? [];
  interactions.forEach((x, i) => {
    const from = person(x.from, `$.interactions[${i}].from`);
    const to = person(x.to, `$.interactions[${i}].to`);
    if (from === to) throw new ImportError(file, 'an interaction goes from a person to themselves', { path: `$.interactions[${i}]` }, { key: 'backupSelfInteraction' });
    bundle.interactions.push({
      from,
      to,
      kind: x.kind,
      channel: x.channel,
      ...(x.at ? { at: x.at } : {}),
      ...(x.weight !== undefined && x.weight !== 1 ? { weight: x.weight } : {}),
      ...(x.externalId ? { externalId: x.externalId } : {}),
    });
    if (i % 20000 === 0) options.onProgress?.(i, interactions.length);
  });
  (backup.follows ?? []).forEach((f, i) => {
    bundle.follows.push({ follower: person(f.follower, `$.follows[${i}].follower`), followed: person(f.followed, `$.follows[${i}].followed`) });
  });
  if (backup.audience && backup.audience.length > 0) {
    const owner = backup.people.find((p) => p.isMe);
    if (!owner) {
      throw new ImportError(file, 'the backup has audience snapshots but no owner (a person with "isMe": true) whose audience they are', { path: '$.audience' }, { key: 'backupAudienceWithoutOwner' });
    }
    bundle.audiences = backup.audience.map((a) => ({
      of: `person:${owner.id}`,
      accountId: a.accountId,
      takenAt: parseIsoDate(a.takenAt)!,
      dateSource: a.dateSource,
      followers: a.followers,
      followings: a.followings,
    }));
  }
  options.onProgress?.(interactions.length, interactions.length);
  return bundle;
}
