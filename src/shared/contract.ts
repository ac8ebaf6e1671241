// The IPC contract: one map from channel name to the schema of its payload and the type of its
// answer. Main validates every payload against it; the renderer's client is typed from it.
import { z } from 'zod';
import {
  ATTENDANCE_ROLES,
  ATTENDANCE_STATUSES,
  CHANNELS,
  EVENT_KINDS,
  GENDERS,
  ROLES,
  type EventDetail,
  type EventSummary,
  type GraphView,
  type JobProgress,
  type NetworkInfo,
  type PeoplePage,
  type Person,
  type PersonDetail,
  type Preferences,
  type UndoState,
} from './domain';
import { RANKABLE_SCORES, type InfluenceExplanation, type MyNetwork, type PersonScores, type Ranking, type ReachPath, type ScoreRunSummary } from './scores';
import type { EventChannel, RequestChannel } from './channels';
import { LOGGED_KINDS, type ErasePreview, type NetworkList, type OwnerInfo, type PersonRoleRow } from './my-data';
import { CONVERSATION_PERIODS, REMINDER_DECISIONS, type Conversations, type CreatorsView, type Reminder, type ReminderInbox, type TopReport } from './watch';
import { CSV_SEPARATORS } from './csv';
import { AUDIENCE_LISTS, AUDIENCE_SIDES, type AudienceAccounts, type AudienceAudit, type AudienceGraph } from './audience';
import type { ErrorCode, ErrorParams } from './errors';
import type { EventImpact, InvitePlanResult, Matchmaking, PlanComparison } from './invite';
import type { CommunityInfo } from './communities';
import type { Guidance } from './guidance';
import { ATTENDEE_FIELDS, type AttendeePreview } from './attendees';
import type { ParityReport } from './parity';
import type { EventReportAnswer, PdfFile } from './event-report';
import type { CalendarPreview } from './calendar';
import {
  CSV_TEMPLATES,
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  type ExportFile,
  type ImportBatchInfo,
  type ImportPreview,
  type ImportSummary,
  type MergeOverview,
} from './imports';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO 8601 date');
const personId = z.number().int().positive();
const shortText = z.string().max(500);

export const graphQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional(), channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional() })
  .strict();

export const peopleQuery = z
  .object({
    search: z.string().max(200).optional(),
    role: z.enum(ROLES).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

export const personPatch = z
  .object({
    name: z.string().trim().min(1).max(300).optional(),
    role: z.enum(ROLES).optional(),
    organisation: shortText.nullable().optional(),
    title: shortText.nullable().optional(),
    gender: z.enum(GENDERS).nullable().optional(),
    followers: z.number().int().min(0).max(10_000_000_000).nullable().optional(),
    notes: z.string().max(100_000).optional(),
    tags: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  })
  .strict();

export const positions = z
  .array(z.object({ id: personId, x: z.number().finite(), y: z.number().finite() }).strict())
  .max(1_000_000);

export const preferencesPatch = z
  .object({ language: z.enum(['fr', 'en', 'system']).optional(), theme: z.enum(['light', 'dark', 'system']).optional(), autoScores: z.boolean().optional() })
  .strict();

export const scoreRunParams = graphQuery;

export const rankingQuery = z
  .object({
    by: z.enum(RANKABLE_SCORES).optional(),
    role: z.enum(ROLES).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    runId: z.number().int().positive().optional(),
  })
  .strict();

const none = z.undefined();

const handleText = z.string().trim().max(300).nullable().optional();
export const ownerInput = z.object({ name: z.string().trim().min(1).max(300).optional(), x: handleText, linkedin: handleText, email: handleText }).strict();
export const personInput = z
  .object({
    name: z.string().trim().min(1).max(300),
    role: z.enum(ROLES).optional(),
    organisation: shortText.nullable().optional(),
    title: shortText.nullable().optional(),
    x: handleText,
    linkedin: handleText,
    email: handleText,
  })
  .strict();
export const interactionInput = z
  .object({
    from: personId,
    to: personId,
    kind: z.enum(LOGGED_KINDS),
    channel: z.enum(CHANNELS).optional(),
    at: isoDate,
    note: z.string().max(10_000).optional(),
  })
  .strict();
export const bulkPersonPatch = z
  .object({ ids: z.array(personId).min(1).max(100_000), role: z.enum(ROLES).optional(), organisation: shortText.nullable().optional() })
  .strict();

/** A file staged for import: the opaque id the host gave for the bytes the page handed over. */
const staged = z.string().regex(/^[0-9a-f-]{36}$/, 'a staged file id');
export const importChoice = z
  .object({
    staged,
    format: z.enum(IMPORT_FORMATS).optional(),
    csvTemplate: z.enum(CSV_TEMPLATES).optional(),
    csvMapping: z.record(z.string().max(300), z.string().max(40)).optional(),
  })
  .strict();
const rowId = z.object({ id: z.number().int().positive() }).strict();

const dayDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-03-31');
export const eventInput = z
  .object({
    name: z.string().trim().min(1).max(300),
    kind: z.enum(EVENT_KINDS),
    date: dayDate.nullable(),
    place: shortText.nullable(),
    capacity: z.number().int().min(1).max(1_000_000).nullable(),
    hostOrganisation: shortText.nullable(),
  })
  .strict();
const eventRef = z.number().int().positive();

const weight = z.number().min(0).max(100);
export const inviteRequest = z
  .object({
    eventId: eventRef,
    capacity: z.number().int().min(1).max(100_000).optional(),
    parity: z.number().min(0).max(0.5).optional(),
    maxPerOrg: z.number().int().min(1).max(100_000).optional(),
    must: z.array(personId).max(10_000).optional(),
    exclude: z.array(personId).max(100_000).optional(),
    roleQuotas: z.array(z.object({ roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length), atLeast: z.number().int().min(1).max(100_000) }).strict()).max(20).optional(),
    weights: z.object({ influence: weight, coverage: weight, brokerage: weight, newTies: weight }).partial().strict().optional(),
    waitlist: z.number().int().min(0).max(1000).optional(),
    declinedLastK: z.number().int().min(1).max(100).optional(),
    freePending: z.boolean().optional(),
  })
  .strict();

export const attendeeChoice = z
  .object({ staged, eventId: eventRef, mapping: z.record(z.string().max(300), z.enum([...ATTENDEE_FIELDS, ''])).optional() })
  .strict();

/** The after-event report: the event, N days before and after (DEFAULT 30, as impact), the language. */
export const eventReportQuery = z
  .object({ id: eventRef, days: z.number().int().min(1).max(365).optional(), language: z.enum(['fr', 'en']).optional() })
  .strict();

/** The yearly Top N edition: a calendar year, or an explicit window (both ends). */
export const topEditionQuery = z
  .object({
    year: z.number().int().min(1900).max(2200).optional(),
    from: dayDate.optional(),
    to: dayDate.optional(),
    n: z.number().int().min(1).max(1000).optional(),
    role: z.enum(ROLES).optional(),
    language: z.enum(['fr', 'en']).optional(),
  })
  .strict()
  .refine((q) => (q.year === undefined) !== (q.from === undefined && q.to === undefined), { message: 'give either a year or a window (from and to)', path: ['year'] })
  .refine((q) => q.year !== undefined || (q.from !== undefined && q.to !== undefined), { message: 'a window needs both from and to', path: ['to'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'the window ends before it starts', path: ['to'] });

export const remindersQuery = z
  .object({ asOf: dayDate.optional(), unansweredDays: z.number().int().min(1).max(365).optional() })
  .strict();
export const reminderDecision = z
  .object({ id: z.number().int().positive(), decision: z.enum(REMINDER_DECISIONS), until: dayDate.optional(), asOf: dayDate.optional() })
  .strict()
  .refine((d) => (d.decision === 'snooze') === (d.until !== undefined), { message: 'a snooze needs the date it ends (until), and only a snooze takes one', path: ['until'] });

export const conversationsQuery = z.object({ personId: personId.optional(), by: z.enum(CONVERSATION_PERIODS).optional() }).strict();
export const creatorsQuery = z.object({ year: z.number().int().min(1900).max(2200).optional() }).strict();
export const audienceAccountsQuery = z
  .object({ snapshotId: z.number().int().positive(), side: z.enum(AUDIENCE_SIDES), list: z.enum(AUDIENCE_LISTS), limit: z.number().int().min(1).max(5_000).optional() })
  .strict();

/** Declares a channel: the payload schema, and (as a type only) what the main process answers. */
function channel<Out>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as Out });
}

export const contract = {
  'network:info': channel<NetworkInfo>()(none),
  'network:guidance': channel<Guidance>()(none),
  'graph:get': channel<GraphView>()(graphQuery),
  'people:list': channel<PeoplePage>()(peopleQuery),
  'person:get': channel<PersonDetail | null>()(personId),
  'person:update': channel<Person>()(z.object({ id: personId, patch: personPatch }).strict()),
  'events:list': channel<EventSummary[]>()(none),
  'positions:save': channel<number>()(positions),
  'sample:regenerate': channel<NetworkInfo>()(z.object({ seed: z.number().int().min(0).max(2 ** 31 - 1) }).strict()),
  'preferences:get': channel<Preferences>()(none),
  'preferences:set': channel<Preferences>()(preferencesPatch),
  'scores:run': channel<ScoreRunSummary>()(scoreRunParams),
  'scores:cancel': channel<boolean>()(none),
  'scores:runs': channel<ScoreRunSummary[]>()(none),
  'scores:table': channel<PersonScores[]>()(z.object({ runId: z.number().int().positive().optional() }).strict()),
  'rankings:get': channel<Ranking>()(rankingQuery),
  'person:explain': channel<InfluenceExplanation | null>()(z.object({ id: personId, runId: z.number().int().positive().optional() }).strict()),
  'me:overview': channel<MyNetwork>()(none),
  'reach:path': channel<ReachPath | null>()(
    z.object({ from: personId, to: personId, query: graphQuery.optional(), among: z.array(personId).max(1_000_000).optional() }).strict(),
  ),
  'import:preview': channel<ImportPreview>()(importChoice),
  'import:commit': channel<ImportSummary>()(importChoice),
  'import:discard': channel<boolean>()(z.object({ staged }).strict()),
  'imports:list': channel<ImportBatchInfo[]>()(none),
  'imports:remove': channel<boolean>()(rowId),
  'merges:list': channel<MergeOverview>()(none),
  'merges:accept': channel<number>()(rowId),
  'merges:reject': channel<boolean>()(rowId),
  'merges:undo': channel<boolean>()(rowId),
  'export:file': channel<ExportFile>()(z.object({ format: z.enum(EXPORT_FORMATS), separator: z.enum(CSV_SEPARATORS).optional() }).strict()),
  'event:get': channel<EventDetail>()(rowId),
  'event:create': channel<EventDetail>()(eventInput),
  'event:update': channel<EventDetail>()(z.object({ id: eventRef, patch: eventInput.partial() }).strict()),
  'event:delete': channel<boolean>()(rowId),
  'attendance:set': channel<EventDetail>()(
    z.object({ eventId: eventRef, personId, role: z.enum(ATTENDANCE_ROLES).optional(), status: z.enum(ATTENDANCE_STATUSES).optional() }).strict(),
  ),
  'attendance:remove': channel<EventDetail>()(z.object({ eventId: eventRef, personId }).strict()),
  'invite:plan': channel<InvitePlanResult>()(inviteRequest),
  'invite:compare': channel<{ a: InvitePlanResult; b: InvitePlanResult; comparison: PlanComparison }>()(z.object({ a: inviteRequest, b: inviteRequest }).strict()),
  'invite:csv': channel<ExportFile>()(inviteRequest.extend({ separator: z.enum([',', ';']).optional() }).strict()),
  'event:matchmaking': channel<Matchmaking>()(z.object({ id: eventRef, tableSize: z.number().int().min(2).max(100).optional(), limit: z.number().int().min(1).max(500).optional() }).strict()),
  'event:impact': channel<EventImpact>()(z.object({ id: eventRef, days: z.number().int().min(1).max(365).optional() }).strict()),
  'edit:state': channel<UndoState>()(none),
  'edit:undo': channel<UndoState>()(none),
  'edit:redo': channel<UndoState>()(none),
  'owner:get': channel<OwnerInfo | null>()(none),
  'owner:set': channel<OwnerInfo>()(ownerInput),
  'people:roles': channel<PersonRoleRow[]>()(z.object({ role: z.enum(ROLES).optional() }).strict()),
  'people:bulkUpdate': channel<number>()(bulkPersonPatch),
  'person:create': channel<Person>()(personInput),
  'interaction:create': channel<number>()(interactionInput),
  'person:erasePreview': channel<ErasePreview | null>()(personId),
  'person:erase': channel<boolean>()(personId),
  'networks:list': channel<NetworkList | null>()(none),
  'networks:create': channel<NetworkInfo>()(
    z.object({ name: z.string().trim().min(1).max(100), owner: ownerInput.extend({ name: z.string().trim().min(1).max(300) }) }).strict(),
  ),
  'networks:open': channel<NetworkInfo>()(z.object({ file: z.string().min(1).max(200) }).strict()),
  'attendees:preview': channel<AttendeePreview>()(attendeeChoice),
  'attendees:import': channel<ImportSummary>()(attendeeChoice),
  'calendar:preview': channel<CalendarPreview>()(z.object({ staged }).strict()),
  'calendar:import': channel<ImportSummary>()(z.object({ staged }).strict()),
  'parity:get': channel<ParityReport>()(z.object({ year: z.number().int().min(1900).max(2200).optional() }).strict()),
  'communities:list': channel<CommunityInfo[]>()(z.object({ runId: z.number().int().positive().optional() }).strict()),
  'community:rename': channel<CommunityInfo[]>()(z.object({ id: z.number().int().positive(), name: z.string().trim().min(1).max(300) }).strict()),

  'report:top': channel<TopReport>()(topEditionQuery),
  'report:event': channel<EventReportAnswer>()(eventReportQuery),
  'report:eventPdf': channel<PdfFile>()(eventReportQuery),
  'report:runs': channel<{ runId: number; previousRunId: number }>()(topEditionQuery),
  'reminders:list': channel<ReminderInbox>()(remindersQuery),
  'reminders:decide': channel<Reminder>()(reminderDecision),
  'reminders:notify': channel<boolean>()(z.object({ on: z.boolean() }).strict()),
  'watch:conversations': channel<Conversations>()(conversationsQuery),
  'watch:creators': channel<CreatorsView>()(creatorsQuery),
  'watch:audience': channel<AudienceAudit>()(none),
  'watch:audienceAccounts': channel<AudienceAccounts>()(audienceAccountsQuery),
  'graph:audience': channel<AudienceGraph>()(z.object({ limit: z.number().int().min(1).max(2_000).optional() }).strict()),
} satisfies Record<RequestChannel, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type RequestOf<C extends RequestChannel> = z.input<Contract[C]['input']>;
export type ResponseOf<C extends RequestChannel> = Contract[C]['output'];

/** What the main process implements and what the renderer calls: one function per channel. */
export type Api = { [C in RequestChannel]: (input: RequestOf<C>) => Promise<ResponseOf<C>> };

/** The app's views, in the top bar's order (Alt+1 … Alt+7). */
export const APP_PAGES = ['network', 'me', 'rankings', 'watch', 'people', 'events', 'import'] as const;
export type AppPage = (typeof APP_PAGES)[number];

export interface EventPayloads {
  'job:progress': JobProgress;
  'network:changed': NetworkInfo;
  'preferences:changed': Preferences;
  'app:navigate': { page: AppPage };
  'scores:changed': ScoreRunSummary;
  'edit:changed': UndoState;
  /** A menu command the page carries out (undo/redo: the text field's own, or the network's). */
  'app:command': { command: 'undo' | 'redo' };
}
export type EventPayload<E extends EventChannel> = EventPayloads[E];

/** Every answer crosses the boundary in this envelope, so errors keep their message and fields. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

export interface ApiErrorInfo {
  code: ErrorCode;
  /** In English; the UI shows `errors.<key>` of its language instead when the key is given. */
  message: string;
  /** The message's key under "errorMessages" in the locales, and its parameters. */
  key?: string;
  params?: ErrorParams;
  /** For invalid input: where in the payload, and what was expected. */
  issues?: Array<{ path: string; message: string }>;
}

/** Validates a payload for a channel; returns the parsed value or an error a user can act on. */
export function validateRequest<C extends RequestChannel>(
  name: C,
  payload: unknown,
): { ok: true; value: z.output<Contract[C]['input']> } | { ok: false; error: ApiErrorInfo } {
  const parsed = contract[name].input.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as z.output<Contract[C]['input']> };
  return {
    ok: false,
    error: {
      code: 'invalid_input',
      message: `Invalid payload for ${name}`,
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(payload)', message: i.message })),
    },
  };
}
