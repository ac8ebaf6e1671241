// Why an import failed (importReasons.<key> in the locales) or passed a row over
// (importWarnings.<key>), as keys with the parameters each takes: the core names a reason by its
// key, so that a French user reads it in French, while the CLI keeps printing the core's English
// sentence. A key or a parameter missing here does not compile, and the locales test checks every
// key against both languages.
import type { ErrorParams } from './errors';

/** Each reason's key and the names of its parameters (values from the file stay as written). */
export const IMPORT_REASONS = {
  cannotRead: ['detail'],
  unreadable: ['detail'],
  wholeFileTooLarge: ['size', 'max'],
  fileTooLarge: ['size', 'max'],
  utf16: [],
  utf16Csv: [],
  nulBytes: [],
  notUtf8: [],
  notUtf8Csv: [],
  truncatedUtf8: [],
  emptyFile: [],
  isFolder: [],
  unknownFormat: ['format'],
  formatNotRecognised: [],
  columnsNotRecognised: [],
  csvQuoteNotClosed: [],
  csvRowTooLong: ['max'],
  csvOpeningQuote: [],
  csvClosingQuote: [],
  csvAfterClosingQuote: [],
  csvMalformed: ['detail'],
  emptyCsv: [],
  noHeaderLine: [],
  noCsvTemplate: ['templates'],
  noCsvTemplateXml: ['templates'],
  noCsvTemplateJson: ['templates'],
  noCsvTemplateXArchive: ['templates'],
  headerIsValues: ['value', 'example'],
  unknownCsvTemplate: ['template', 'values'],
  mappingUnknownColumn: ['column', 'header'],
  mappedToUnknownField: ['column', 'field', 'template', 'values'],
  templateNeedsColumns: ['template', 'columns', 'header'],
  rowCutShort: ['expected', 'found'],
  rowTooManyFields: ['expected', 'found'],
  cellTooLong: ['max', 'length'],
  emptyPersonRef: [],
  badPersonRef: ['value'],
  badXHandle: ['value'],
  badLinkedInUrl: ['value'],
  badEmail: ['value'],
  badChoice: ['value', 'values'],
  badGender: ['value', 'values'],
  badFollowers: ['value'],
  badInteractionDate: ['value'],
  badWeight: ['value'],
  emptyEventName: [],
  badEventDate: ['value'],
  badCapacity: ['value'],
  noLinkedInHeader: ['files'],
  noLinkedInFiles: ['files'],
  notZip: ['detail'],
  damagedZip: ['detail'],
  entryEncrypted: [],
  zipBomb: ['size', 'compressed'],
  cannotReadEntry: ['detail'],
  damagedEntry: ['detail'],
  cannotReadFolder: ['detail'],
  noHeaderColumns: ['columns', 'lines'],
  textTooLong: ['max'],
  notADate: ['value', 'example'],
  noSender: [],
  noRecipient: [],
  notDirection: ['value'],
  otherPersonNobody: [],
  endorserNobody: [],
  endorseeNobody: [],
  rowNamesNobody: [],
  ytdElementTooLarge: ['index', 'max'],
  ytdElementNotJson: ['index', 'detail'],
  ytdBadStart: [],
  ytdAfterEnd: ['char'],
  ytdExpectedComma: ['index', 'char'],
  ytdExpectedObject: ['index', 'char'],
  ytdEndsBeforeStart: [],
  ytdEndsBeforeEnd: [],
  xmlTooLarge: ['size'],
  xmlDoctype: [],
  xmlNotWellFormed: ['detail'],
  xmlWrongRoot: ['found', 'root'],
  xmlNoRoot: ['root'],
  xmlRootIsGraphml: ['root'],
  xmlRootIsGexf: ['root'],
  xmlManyRoots: ['root'],
  xmlValueTooLong: ['length', 'max'],
  nodeBadCount: ['node', 'value'],
  edgeBadWeight: ['value'],
  edgeBadKind: ['value', 'values'],
  edgeBadChannel: ['value', 'values'],
  edgeBadTime: ['value'],
  edgeBadCount: ['name', 'value'],
  tooManyInteractions: ['max'],
  noGraph: ['root'],
  nodeNoId: [],
  nodeIdTwice: ['node'],
  edgeNoSource: [],
  edgeNoTarget: [],
  edgeUnknownNode: ['node'],
  edgeUnknownGraphmlNode: ['node'],
  edgeDefault: ['value'],
  backupTooLarge: ['size'],
  emptyBackup: [],
  notJson: ['detail'],
  notBackupObject: [],
  backupVersionMissing: [],
  backupVersion: ['version', 'expected'],
  backupTooDeep: ['detail'],
  backupExpectedNumber: ['detail'],
  backupExpectedString: ['detail'],
  backupExpectedBoolean: ['detail'],
  backupExpectedArray: ['detail'],
  backupExpectedObject: ['detail'],
  backupNotOneOf: ['detail', 'values'],
  backupTooLong: ['detail', 'max'],
  backupTooBig: ['detail', 'maximum'],
  backupEmptyValue: ['detail'],
  backupTooSmall: ['detail', 'minimum'],
  backupNotAbove: ['detail', 'minimum'],
  backupBadDate: [],
  backupMissingField: ['detail'],
  backupInvalid: ['detail'],
  backupXAccountId: ['detail'],
  backupTooManyItems: ['detail', 'maximum'],
  backupAudienceWithoutOwner: [],
  backupPersonTwice: ['id'],
  backupUnknownPerson: ['id'],
  backupEventTwice: ['id'],
  backupUnknownEvent: ['id'],
  backupSelfInteraction: [],
  guestListTooLarge: ['max'],
  notXlsx: ['detail'],
  emptySheet: [],
  emptyGuestList: [],
  noGuestColumn: ['columns'],
  badGuestEmail: ['value'],
  guestNameTooLong: ['max'],
  unknownGuestStatus: ['value'],
  badCheckIn: ['value'],
  guestMappingUnknownColumn: ['column', 'columns'],
  // X archive, X API JSON Lines, calendars (.ics).
  noSuchFile: [],
  noXAccountFile: [],
  xAccountListEmpty: [],
  xEntryEncrypted: [],
  entryNotUtf8: [],
  manifestTooLarge: ['size'],
  manifestBadStart: [],
  manifestNotJson: ['detail'],
  notADateTime: ['value', 'example'],
  xUsername: ['detail', 'value'],
  xNumericId: ['detail', 'value'],
  jsonInvalid: ['detail'],
  jsonExpectedNumber: ['detail', 'value'],
  jsonExpectedString: ['detail', 'value'],
  jsonExpectedBoolean: ['detail', 'value'],
  jsonExpectedArray: ['detail', 'value'],
  jsonExpectedObject: ['detail', 'value'],
  jsonNotOneOf: ['detail', 'value', 'values'],
  jsonlNotUtf8: [],
  jsonlLineTooLong: ['max'],
  jsonlIsFolder: [],
  jsonlIsXArchive: [],
  jsonlNotObject: ['value'],
  jsonlCutObject: [],
  jsonlNotJson: ['detail'],
  jsonlNotResponse: [],
  jsonlEmpty: [],
  icsTooLarge: [],
  icsNotCalendar: ['detail'],
  icsNotVcalendar: ['found'],
  icsEventNoSummary: [],
  icsEventNoStart: [],
  icsNoEvent: [],
} as const satisfies Record<string, readonly string[]>;


/** Each warning's key (a row passed over, a value left out) and its parameters: importWarnings.<key>. */
export const IMPORT_WARNINGS = {
  guestRowNobody: [],
  controlCharsPerson: ['name', 'field', 'codes'],
  controlCharsEvent: ['name', 'field', 'codes'],
  controlCharsOrganisation: ['name', 'codes'],
  controlCharsMore: ['count'],
  blankRow: [],
  rowNobody: [],
  personTwice: ['name'],
  selfInteraction: [],
  eventTwice: ['name'],
  onlyFirstGraph: [],
  hyperedges: [],
  nestedGraph: ['node'],
  unknownRole: ['node', 'value'],
  unknownGender: ['node', 'value'],
  emailIgnored: ['value'],
  profileUrlIgnored: ['value'],
  rowNobodyLinkedIn: [],
  draftsPassedOver: ['file', 'count'],
  closedAccountMessages: ['file', 'count'],
  // X archive, X API JSON Lines, calendars (.ics).
  ownPostMention: ['file', 'post'],
  ownPostQuote: ['file', 'post'],
  ownPostRepost: ['file', 'post'],
  errorResponse: ['detail'],
  responseErrors: ['count', 'detail'],
  replyAuthorMissing: ['post', 'ref'],
  quoteAuthorMissing: ['post', 'ref'],
  repostAuthorMissing: ['post', 'ref'],
  moreWarnings: ['count'],
  icsAttendeeNoEmail: ['event', 'name', 'attendee'],
  // Rows passed over when the import is written.
  selfInteractionOf: ['person'],
  audienceKeptAsCount: ['account'],
  handlesOfSeveral: ['name', 'count', 'ids'],
  nameMatchesSeveral: ['name', 'count'],
} as const satisfies Record<string, readonly string[]>;

/** One entry of a table by its key, with exactly the parameters the key declares. */
type Keyed<T extends Record<string, readonly string[]>> = {
  [K in keyof T & string]: T[K] extends readonly [] ? { key: K; params?: Record<string, never> } : { key: K; params: Record<T[K][number], string | number> };
}[keyof T & string];

/** Why an import failed, by its key. */
export type ImportReason = Keyed<typeof IMPORT_REASONS>;
/** Why a row or a value was passed over, by its key (a `count` parameter picks the plural form). */
export type ImportWarningReason = Keyed<typeof IMPORT_WARNINGS>;

/** A reason as it travels in an error's parameters or in a preview: its key and parameters. */
export interface ImportReasonRef {
  key: string;
  params: ErrorParams;
}

/** A row or value passed over, as previews and summaries carry it: the English message the CLI prints, and the same by its key. */
export interface ImportWarningInfo {
  line?: number;
  message: string;
  why?: { key: string; params?: ErrorParams };
}

// Reason parameters travel beside the error's own (file, line, field, reason) under a prefix, so
// that a reason's "field" or "line" never overwrites where the error is.
const KEY = 'reasonKey';
const PREFIX = 'reason_';

/** The reason flattened into an error's parameters. */
export function reasonParams(reason: ImportReason | undefined): ErrorParams {
  if (!reason) return {};
  const out: ErrorParams = { [KEY]: reason.key };
  for (const [name, value] of Object.entries(reason.params ?? {})) out[`${PREFIX}${name}`] = value;
  return out;
}

/** The reason an error's parameters carry, or null when the error has no reason key. */
export function reasonOf(params: ErrorParams | undefined): ImportReasonRef | null {
  const key = params?.[KEY];
  if (typeof key !== 'string') return null;
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(params ?? {})) if (name.startsWith(PREFIX)) out[name.slice(PREFIX.length)] = value;
  return { key, params: out };
}
