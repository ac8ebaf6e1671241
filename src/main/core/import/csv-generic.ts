// Parses the generic CSV templates of DESIGN.md (people, interactions, events, attendance),
// recognising the template and the columns from the header — with the synonyms real tools and
// French spreadsheets write — and streaming the rows: files reach a million rows.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import {
  ATTENDANCE_ROLES,
  ATTENDANCE_STATUSES,
  CHANNELS,
  EVENT_KINDS,
  GENDERS,
  INTERACTION_KINDS,
  ROLES,
  type Handle,
} from '../../../shared/domain';
import { emptyBundle, ImportError, type ImportBundle, type ImportedEvent, type ImportedPerson } from './bundle';
import type { ImportReason } from '../../../shared/import-reasons';
import {
  asImportError,
  displayName,
  expected,
  firstInvalidUtf8,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  nameKey,
  normaliseEmail,
  normaliseLinkedInUrl,
  normaliseXHandle,
  parseAttendanceRole,
  parseAttendanceStatus,
  parseChannel,
  parseCount,
  parseEventKind,
  parseGender,
  parseInteractionKind,
  parseIsoDate,
  parsePositiveNumber,
  parseRole,
  personRef,
  type ParseOptions,
} from './common';
import { csvSyntaxError, detectDelimiter, MAX_RECORD_SIZE } from './csv-rows';
import { dictionary } from '../../../shared/own-key';

export type CsvTemplate = 'people' | 'interactions' | 'events' | 'attendance';

export interface CsvParseOptions {
  /** Which template the file follows; detected from the header when absent. */
  csvTemplate?: CsvTemplate;
  /** File header → template field, for headers the detection does not know. */
  csvMapping?: Record<string, string>;
}

/** Each template's fields, in DESIGN.md's order, with the headers that mean them (compared without case, accents or punctuation). */
const TEMPLATES: Record<CsvTemplate, Record<string, string[]>> = {
  people: {
    name: ['name', 'full name', 'fullname', 'display name', 'nom', 'nom complet', 'prenom nom', 'contact', 'person', 'personne'],
    first_name: ['first name', 'firstname', 'given name', 'prenom'],
    last_name: ['last name', 'lastname', 'surname', 'family name', 'nom de famille'],
    role: ['role', 'type', 'category', 'categorie', 'persona', 'profil', 'profile type'],
    organisation: ['organisation', 'organization', 'company', 'company name', 'entreprise', 'societe', 'employer', 'employeur', 'org', 'account name', 'structure', 'raison sociale'],
    title: ['title', 'job title', 'position', 'poste', 'fonction', 'job', 'intitule de poste', 'intitule du poste', 'headline'],
    gender: ['gender', 'genre', 'sexe', 'sex', 'civilite'],
    followers: ['followers', 'followers count', 'follower count', 'audience', 'abonnes', 'nb abonnes', 'nombre d abonnes'],
    x_handle: ['x handle', 'x', 'twitter', 'twitter handle', 'x twitter', 'twitter x', 'twitter username', 'x username', 'compte x', 'compte twitter', 'handle'],
    linkedin_url: ['linkedin url', 'linkedin', 'linkedin profile', 'linkedin profile url', 'profil linkedin', 'url linkedin', 'url'],
    email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'courriel', 'adresse email', 'adresse e mail', 'adresse mail', 'work email'],
    tags: ['tags', 'tag', 'labels', 'segments', 'segment', 'etiquettes', 'groupes', 'groups'],
    notes: ['notes', 'note', 'comments', 'commentaire', 'commentaires', 'bio', 'description'],
  },
  interactions: {
    from: ['from', 'source', 'author', 'auteur', 'de', 'sender', 'emetteur', 'expediteur', 'from handle', 'source handle'],
    to: ['to', 'target', 'cible', 'a', 'recipient', 'destinataire', 'mentioned', 'to handle', 'target handle'],
    kind: ['kind', 'type', 'interaction', 'interaction type', 'action', 'nature'],
    channel: ['channel', 'canal', 'network', 'reseau', 'platform', 'plateforme', 'plate forme'],
    at: ['at', 'date', 'time', 'timestamp', 'datetime', 'date time', 'created at', 'heure', 'date heure', 'when', 'quand'],
    weight: ['weight', 'poids', 'count', 'nombre', 'nb'],
  },
  events: {
    name: ['name', 'event', 'event name', 'nom', 'evenement', 'nom de l evenement', 'titre', 'title'],
    kind: ['kind', 'type', 'format', 'event type', 'type d evenement'],
    date: ['date', 'start', 'start date', 'starts at', 'date de debut', 'debut', 'when', 'quand'],
    place: ['place', 'venue', 'location', 'lieu', 'adresse', 'address', 'city', 'ville'],
    capacity: ['capacity', 'capacite', 'seats', 'places', 'jauge', 'max attendees', 'nombre de places'],
  },
  attendance: {
    person: ['person', 'attendee', 'attendee name', 'participant', 'participante', 'name', 'full name', 'nom', 'guest', 'invite', 'contact', 'personne', 'email', 'e mail'],
    event: ['event', 'event name', 'evenement', 'session', 'nom de l evenement'],
    role: ['role', 'attendee role', 'type de participation', 'participation'],
    status: ['status', 'statut', 'ticket status', 'attendee status', 'rsvp', 'presence', 'check in', 'checked in'],
  },
};

/** Per template, what the header must have: every field of one of these groups. */
const REQUIRED: Record<CsvTemplate, string[][]> = {
  interactions: [['from', 'to']],
  attendance: [['person', 'event']],
  people: [['name'], ['first_name'], ['last_name'], ['x_handle'], ['linkedin_url'], ['email']],
  events: [['name', 'date'], ['name', 'place'], ['name', 'capacity']],
};
/** On a tie, the more specific template wins. */
const ORDER: CsvTemplate[] = ['interactions', 'attendance', 'people', 'events'];

function headerKey(raw: string): string {
  return nameKey(raw.replace(/^\uFEFF/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field each header means in one template (first header wins a field); the rest unmapped. */
function mapHeaders(template: CsvTemplate, headers: string[]): { mapping: Record<string, string>; unmapped: string[] } {
  const fields = TEMPLATES[template];
  const mapping = dictionary<string>();
  const unmapped: string[] = [];
  const taken = new Set<string>();
  const keys = headers.map(headerKey);
  // French exports write "Prénom" and "Nom": then "Nom" is the last name.
  const hasFirst = template === 'people' && keys.some((k) => fields.first_name!.includes(k));
  headers.forEach((header, i) => {
    const key = keys[i]!;
    let field = Object.keys(fields).find((f) => f === key.replace(/ /g, '_') || fields[f]!.includes(key));
    if (hasFirst && field === 'name' && key === 'nom') field = 'last_name';
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    } else unmapped.push(header);
  });
  // Handed out as a plain object with own keys only (Object.fromEntries defines, never sets, "__proto__").
  return { mapping: Object.fromEntries(Object.entries(mapping)), unmapped };
}

function satisfies(template: CsvTemplate, fields: Set<string>): boolean {
  return REQUIRED[template].some((group) => group.every((f) => fields.has(f)));
}

/** Which template a header follows, and how its columns map; null when none fits. */
export function detectCsvTemplate(headers: string[]): { template: CsvTemplate; mapping: Record<string, string>; unmapped: string[] } | null {
  let best: { template: CsvTemplate; mapping: Record<string, string>; unmapped: string[] } | null = null;
  let bestCount = 0;
  for (const template of ORDER) {
    const { mapping, unmapped } = mapHeaders(template, headers);
    const fields = new Set(Object.values(mapping));
    if (!satisfies(template, fields)) continue;
    if (fields.size > bestCount) {
      best = { template, mapping, unmapped };
      bestCount = fields.size;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Reading: strict UTF-8, streamed into csv-parse.

const HEAD_BYTES = 64 * 1024;

async function readHead(path: string, file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  } finally {
    await handle?.close();
  }
}

/**
 * A CSV that is not UTF-8 text at all — UTF-16 (Excel's "Unicode text", with or without its
 * byte-order mark) or binary — as the ImportError that says so. `bytes` start at line `line`, and
 * at the start of the file (where a BOM can be) when `atStart`. The preview checks the head with
 * it before matching columns: mapping the columns of such a file cannot help.
 */
export function csvEncodingError(bytes: Buffer, file: string, line = 1, atStart = true): ImportError | null {
  if (atStart && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new ImportError(file, 'the file is UTF-16 encoded; expected UTF-8 (re-save it as "CSV UTF-8")', { line: 1 }, { key: 'utf16Csv' });
  }
  const nul = bytes.indexOf(0);
  if (nul < 0) return null;
  return new ImportError(file, 'the file contains NUL bytes: it is binary or UTF-16, expected UTF-8 text', { line: line + countLines(bytes, nul) }, { key: 'nulBytes' });
}

/** The file's text, chunk by chunk; an encoding problem is an ImportError naming the line. */
async function* utf8Chunks(path: string, file: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const wrong = csvEncodingError(chunk, file, line, first);
    if (wrong) throw wrong;
    first = false;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ImportError(
        file,
        'the file is not valid UTF-8 (it looks like Latin-1/Windows-1252); re-save it as "CSV UTF-8"',
        { line: line + countLines(chunk, Math.min(firstInvalidUtf8(chunk), chunk.length)) },
        { key: 'notUtf8Csv' },
      );
    }
    line += countLines(chunk, chunk.length);
    onBytes(chunk.length);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new ImportError(file, 'the file ends inside a UTF-8 character (it may be truncated)', { line }, { key: 'truncatedUtf8' });
  }
}

function countLines(bytes: Buffer, end: number): number {
  let n = 0;
  let i = bytes.indexOf(0x0a);
  while (i >= 0 && i < end) {
    n++;
    i = bytes.indexOf(0x0a, i + 1);
  }
  return n;
}

interface Row {
  line: number;
  cells: string[];
}

/**
 * Calls `onRow` with each row of the file and its first line; the header is the first row.
 * csv-parse is fed chunk by chunk and its rows read synchronously after each chunk: iterating the
 * stream asynchronously costs a promise per row.
 */
async function csvRecords(path: string, file: string, delimiter: string, onBytes: (n: number) => void, onRow: (row: Row) => void): Promise<void> {
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_SIZE,
  });
  let failure: unknown;
  parser.on('error', (error) => {
    failure ??= error;
  });
  // Line numbers counted here rather than with csv-parse's `info` (an object per row: seconds of
  // garbage on a million rows). Blank lines are rows too (skip_empty_lines is off), so each row
  // takes one line plus the line breaks inside its quoted cells.
  let line = 1;
  const drain = (): void => {
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) {
      onRow({ line, cells: record });
      line++;
      for (const cell of record) {
        let i = cell.indexOf('\n');
        while (i >= 0) {
          line++;
          i = cell.indexOf('\n', i + 1);
        }
      }
    }
  };
  // Every row before the failing one has been read when csv-parse reports it, so `line` is where
  // the failing row starts: the line of an unclosed quote, not the end of the file.
  const asImport = (error: unknown): unknown => {
    if (!(error instanceof CsvError)) return error;
    return csvSyntaxError(file, error, line);
  };
  // Fast path: a line without quotes (nor a lone \r, nor over the record limit) is split on the
  // delimiter here; from the first line that is not so plain, csv-parse takes the rest of the file
  // and decides (quoted cells, line breaks inside them, and every error message, come from it).
  // Measured on a 1M-row interactions.csv without quotes (bench/import.bench.ts, loaded machine):
  // csv-parse was 4.6 s of CPU of a 7.6 s parse; with this path the whole parse (hash included)
  // went from 9.5 s to 6.0 s of CPU. The rows are the same as csv-parse's (same cells, same line
  // numbers, a blank line as one empty cell, BOM dropped). Exports that quote every cell go through
  // csv-parse as before.
  let plain = true;
  let carry = '';
  let first = true;
  const isPlain = (text: string): boolean => text.length <= MAX_RECORD_SIZE && text.indexOf('"') < 0 && text.indexOf('\r') < 0;
  const toParser = (text: string): void => {
    plain = false;
    parser.write(text);
    drain();
  };
  const fast = (text: string): void => {
    let chunk = carry + text;
    carry = '';
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    let nl = chunk.indexOf('\n');
    while (nl >= 0) {
      const end = nl > start && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const row = chunk.slice(start, end);
      if (!isPlain(row)) {
        toParser(chunk.slice(start));
        return;
      }
      onRow({ line, cells: row.split(delimiter) });
      line++;
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    carry = chunk.slice(start);
    if (carry.length > MAX_RECORD_SIZE) toParser(carry);
  };
  try {
    // csv-parse reports its errors on the next tick: seen here before the next chunk is fed.
    for await (const text of utf8Chunks(path, file, onBytes)) {
      if (failure !== undefined) throw asImport(failure);
      if (plain) fast(text);
      else {
        parser.write(text);
        drain();
      }
    }
    if (plain) {
      // The last line, when the file does not end with a line break.
      if (carry === '') return;
      if (isPlain(carry)) {
        onRow({ line, cells: carry.split(delimiter) });
        return;
      }
      toParser(carry);
    }
    if (failure !== undefined) throw asImport(failure);
    // The last row may only come out when the input ends (no final newline): read until 'end'.
    await new Promise<void>((resolve, reject) => {
      parser.on('readable', () => {
        try {
          drain();
        } catch (error) {
          reject(error);
        }
      });
      parser.once('end', () => resolve());
      parser.once('close', () => (failure !== undefined ? reject(asImport(failure)) : resolve()));
      parser.once('error', (error) => reject(asImport(failure ?? error)));
      parser.end();
    });
  } finally {
    parser.destroy();
  }
}

// ---------------------------------------------------------------------------------------------

export async function parseCsv(path: string, options: ParseOptions & CsvParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    return await readCsv(path, file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

const TEMPLATE_HEADERS: Record<CsvTemplate, string> = {
  people: 'name,role,organisation,title,gender,followers,x_handle,linkedin_url,email,tags',
  interactions: 'from,to,kind,channel,at,weight',
  events: 'name,kind,date,place,capacity',
  attendance: 'person,event,role,status',
};

function noTemplate(file: string, header: string): ImportError {
  const start = header.trimStart();
  const [looks, key] = start.startsWith('<')
    ? [' (this looks like XML — GEXF or GraphML: import it with that format)', 'noCsvTemplateXml' as const]
    : start.startsWith('{') || start.startsWith('[')
      ? [' (this looks like JSON)', 'noCsvTemplateJson' as const]
      : start.startsWith('window.YTD')
        ? [' (this is a file of an X archive: import the archive as "x-archive")', 'noCsvTemplateXArchive' as const]
        : ['', 'noCsvTemplate' as const];
  const list = (Object.keys(TEMPLATE_HEADERS) as CsvTemplate[]).map((t) => `${t}.csv: ${TEMPLATE_HEADERS[t]}`).join('; ');
  return new ImportError(file, `the header matches no CSV template${looks}; expected one of ${list}`, { line: 1 }, { key, params: { templates: list } });
}

async function readCsv(path: string, file: string, options: ParseOptions & CsvParseOptions): Promise<ImportBundle> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    const detail = error.code ?? String(error);
    throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  });
  if (info.isDirectory()) throw new ImportError(file, 'is a folder; expected a CSV file', {}, { key: 'isFolder' });
  if (info.size === 0) throw new ImportError(file, 'the file is empty; expected a CSV header line', { line: 1 }, { key: 'emptyCsv' });
  const head = new TextDecoder('utf-8').decode(await readHead(path, file)).replace(/^\uFEFF/, '');
  const headerLine = head.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  if (/^\s*(<|\{|\[|window\.YTD)/.test(headerLine)) throw noTemplate(file, headerLine);
  const delimiter = detectDelimiter(headerLine);
  const total = info.size;
  let done = 0;
  const onBytes = (n: number): void => {
    done += n;
    options.onProgress?.(Math.min(done, total), total);
  };

  let header: string[] | undefined;
  let reader: RowReader | undefined;
  const bundle = emptyBundle('csv');
  await csvRecords(path, file, delimiter, onBytes, (row) => {
    if (!reader) {
      if (row.cells.every((c) => c.trim() === '')) return;
      header = row.cells.map((c) => c.trim());
      reader = makeReader(file, header, row.line, bundle, options);
      return;
    }
    reader.read(row);
  });
  if (!header || !reader) throw new ImportError(file, 'the file has no header line; expected a CSV header', { line: 1 }, { key: 'noHeaderLine' });
  options.onProgress?.(total, total);
  return bundle;
}

interface RowReader {
  read(row: Row): void;
  finish(): void;
}

/** A header cell that is a value (a handle, an email, a link, a date, a number): the header is missing. */
const DATA_CELL = /^@\w|@.+\.|^https?:\/\/|^\d{4}-\d{2}-\d{2}|^\d{1,2}\/\d{1,2}\/\d{4}|^[\d.,\s]+$/;

function makeReader(file: string, header: string[], headerLine: number, bundle: ImportBundle, options: CsvParseOptions): RowReader {
  const value = header.find((h) => DATA_CELL.test(h));
  if (value !== undefined) {
    const shown = value.slice(0, 40);
    throw new ImportError(
      file,
      `the first line holds values ("${shown}"), not column names: the header is missing; expected e.g. ${TEMPLATE_HEADERS.interactions}`,
      { line: headerLine },
      { key: 'headerIsValues', params: { value: shown, example: TEMPLATE_HEADERS.interactions } },
    );
  }
  let template = options.csvTemplate;
  let mapping: Record<string, string>;
  if (template) {
    if (!Object.hasOwn(TEMPLATES, template)) {
      const values = Object.keys(TEMPLATES);
      throw new ImportError(file, `unknown CSV template "${String(template)}"; expected ${expected(values)}`, {}, { key: 'unknownCsvTemplate', params: { template: String(template), values: values.join(', ') } });
    }
    mapping = dictionary(Object.entries(mapHeaders(template, header).mapping));
  } else {
    const detected = detectCsvTemplate(header);
    if (!detected && !options.csvMapping) throw noTemplate(file, header.join(','));
    template = detected?.template;
    mapping = dictionary(Object.entries(detected?.mapping ?? {}));
  }
  if (options.csvMapping) {
    for (const [from, to] of Object.entries(options.csvMapping)) {
      if (!header.includes(from)) {
        const columns = header.join(', ');
        throw new ImportError(file, `the mapping names the column "${from}", which the header does not have; the header is ${columns}`, { line: headerLine }, { key: 'mappingUnknownColumn', params: { column: from, header: columns } });
      }
      mapping[from] = to;
    }
    if (!options.csvTemplate) {
      const fields = new Set(Object.values(mapping));
      template = ORDER.find((t) => [...fields].every((f) => Object.hasOwn(TEMPLATES[t], f)) && satisfies(t, fields)) ?? template;
    }
  }
  if (!template) throw noTemplate(file, header.join(','));
  const fields = TEMPLATES[template];
  for (const [column, field] of Object.entries(mapping)) {
    if (!Object.hasOwn(fields, field)) {
      const values = Object.keys(fields);
      throw new ImportError(
        file,
        `the column "${column}" is mapped to "${field}", which is not a field of ${template}.csv; expected ${expected(values)}`,
        { line: headerLine },
        { key: 'mappedToUnknownField', params: { column, field, template, values: values.join(', ') } },
      );
    }
  }
  // The same field twice: the first column wins.
  const index = dictionary<number>();
  for (const [column, field] of Object.entries(mapping)) if (index[field] === undefined) index[field] = header.indexOf(column);
  const fieldSet = new Set(Object.keys(index));
  if (!satisfies(template, fieldSet)) {
    const need = REQUIRED[template].map((g) => g.join(' + ')).join(' or ');
    // The UI's list of column sets is language-neutral ("name / x_handle", "from + to").
    const columns = REQUIRED[template].map((g) => g.join(' + ')).join(' / ');
    throw new ImportError(file, `a ${template}.csv needs the column(s) ${need}; the header is ${header.join(', ')}`, { line: headerLine }, { key: 'templateNeedsColumns', params: { template, columns, header: header.join(', ') } });
  }
  const ctx = new Context(file, header, index, bundle);
  switch (template) {
    case 'people':
      return { read: (row) => ctx.guard(row) && readPerson(ctx, row), finish: () => undefined };
    case 'interactions':
      return { read: (row) => ctx.guard(row) && readInteraction(ctx, row), finish: () => undefined };
    case 'events':
      return { read: (row) => ctx.guard(row) && readEvent(ctx, row), finish: () => undefined };
    case 'attendance':
      return { read: (row) => ctx.guard(row) && readAttendance(ctx, row), finish: () => undefined };
  }
}

class Context {
  readonly people = new Map<string, ImportedPerson>();
  readonly events = new Map<string, ImportedEvent>();
  /** Cell text → person key: a million rows name a few thousand people. */
  readonly refs = new Map<string, string>();
  /** Cell text → value, for the few distinct kinds and channels a file writes. */
  readonly values = new Map<string, unknown>();
  constructor(
    readonly file: string,
    readonly header: string[],
    readonly index: Record<string, number>,
    readonly bundle: ImportBundle,
  ) {}

  /** False for a blank row (a warning); an ImportError for a row of the wrong length. */
  guard(row: Row): boolean {
    const { cells, line } = row;
    if (cells.every((c) => c.trim() === '')) {
      this.bundle.warnings.push({ line, message: 'blank row passed over', why: { key: 'blankRow' } });
      return false;
    }
    if (cells.length < this.header.length) {
      throw new ImportError(
        this.file,
        `expected ${this.header.length} fields as in the header, found ${cells.length} (the row may be cut short)`,
        { line, field: this.header[cells.length]! },
        { key: 'rowCutShort', params: { expected: this.header.length, found: cells.length } },
      );
    }
    if (cells.length > this.header.length && cells.slice(this.header.length).some((c) => c.trim() !== '')) {
      throw new ImportError(
        this.file,
        `expected ${this.header.length} fields as in the header, found ${cells.length} (a delimiter inside a field must be quoted)`,
        { line },
        { key: 'rowTooManyFields', params: { expected: this.header.length, found: cells.length } },
      );
    }
    return true;
  }

  /** The trimmed cell of a field ('' when the column is absent), checked for length. */
  cell(row: Row, field: string, max = MAX_NAME_LENGTH): string {
    const i = this.index[field];
    if (i === undefined) return '';
    const value = (row.cells[i] ?? '').trim();
    if (value.length > max) throw this.bad(row, field, `at most ${max} characters`, { key: 'cellTooLong', params: { max, length: value.length } }, `${value.length} characters`);
    return value;
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = compute();
    if (this.values.size < 10_000) this.values.set(key, value);
    return value;
  }

  /**
   * A cell that is not what its field expects: `what` in English for the CLI, `why` for the UI
   * (given the cell as the file writes it), `got` when the cell itself is not worth quoting.
   */
  bad(row: Row, field: string, what: string, why: ImportReason | ((value: string) => ImportReason), got?: string): ImportError {
    const column = this.header[this.index[field]!] ?? field;
    const value = (row.cells[this.index[field]!] ?? '').trim().slice(0, 60);
    const shown = got ?? `"${value}"`;
    return new ImportError(this.file, `expected ${what}, got ${shown}`, { line: row.line, field: column }, typeof why === 'function' ? why(value) : why);
  }

  /** The person a from/to/person cell names, added to the bundle once. */
  ref(row: Row, field: string): string {
    const raw = this.cell(row, field);
    const known = this.refs.get(raw);
    if (known !== undefined) return known;
    if (!raw) throw this.bad(row, field, 'a name or a handle (@x, a LinkedIn URL, an email)', { key: 'emptyPersonRef' }, 'an empty cell');
    const ref = personRef(raw);
    if (!ref) throw this.bad(row, field, 'a name or a handle (@x, a LinkedIn URL, an email)', (value) => ({ key: 'badPersonRef', params: { value } }));
    if (!this.people.has(ref.key)) {
      const person: ImportedPerson = { key: ref.key, name: ref.name, handles: ref.handles };
      this.people.set(ref.key, person);
      this.bundle.people.push(person);
    }
    if (this.refs.size < 1_000_000) this.refs.set(raw, ref.key);
    return ref.key;
  }
}

function readPerson(ctx: Context, row: Row): boolean {
  const handles: Handle[] = [];
  const x = ctx.cell(row, 'x_handle');
  if (x) {
    const v = normaliseXHandle(x);
    if (!v) throw ctx.bad(row, 'x_handle', 'an X handle like @name or https://x.com/name', (value) => ({ key: 'badXHandle', params: { value } }));
    handles.push({ kind: 'x', value: v });
  }
  const li = ctx.cell(row, 'linkedin_url');
  if (li) {
    const v = normaliseLinkedInUrl(li);
    if (!v) throw ctx.bad(row, 'linkedin_url', 'a LinkedIn profile URL like https://www.linkedin.com/in/name', (value) => ({ key: 'badLinkedInUrl', params: { value } }));
    handles.push({ kind: 'linkedin', value: v });
  }
  const mail = ctx.cell(row, 'email');
  if (mail) {
    const v = normaliseEmail(mail);
    if (!v) throw ctx.bad(row, 'email', 'an email address', (value) => ({ key: 'badEmail', params: { value } }));
    handles.push({ kind: 'email', value: v });
  }
  const name = ctx.cell(row, 'name') || [ctx.cell(row, 'first_name'), ctx.cell(row, 'last_name')].filter(Boolean).join(' ');
  if (!name && handles.length === 0) {
    ctx.bundle.warnings.push({ line: row.line, message: 'row without a name nor a handle passed over', why: { key: 'rowNobody' } });
    return false;
  }
  const key = handles.length > 0 ? `${handles[0]!.kind}:${handles[0]!.value}` : `name:${nameKey(name)}`;
  const person: ImportedPerson = { key, name, handles };
  const role = ctx.cell(row, 'role');
  if (role) person.role = parseRole(role) ?? failWith(ctx.bad(row, 'role', expected(ROLES), choice(ROLES)));
  const organisation = ctx.cell(row, 'organisation');
  if (organisation) person.organisation = organisation;
  const title = ctx.cell(row, 'title');
  if (title) person.title = title;
  const gender = ctx.cell(row, 'gender');
  if (gender) person.gender = parseGender(gender) ?? failWith(ctx.bad(row, 'gender', `${expected(GENDERS)} (or femme, homme, female, male…)`, (value) => ({ key: 'badGender', params: { value, values: GENDERS.join(', ') } })));
  const followers = ctx.cell(row, 'followers');
  if (followers) person.followers = parseCount(followers) ?? failWith(ctx.bad(row, 'followers', 'a count like 1200, 12 345 or 12.3k', (value) => ({ key: 'badFollowers', params: { value } })));
  const tags = ctx.cell(row, 'tags', MAX_TEXT_LENGTH);
  if (tags) person.tags = tags.split(/[,;|]/).map((t) => t.trim()).filter(Boolean);
  const notes = ctx.cell(row, 'notes', MAX_TEXT_LENGTH);
  if (notes) person.notes = notes;

  const existing = ctx.people.get(key);
  if (existing) {
    const who = name || handles[0]!.value;
    ctx.bundle.warnings.push({ line: row.line, message: `${who} appears twice; rows merged`, why: { key: 'personTwice', params: { name: who } } });
    for (const h of handles) if (!existing.handles.some((e) => e.kind === h.kind)) existing.handles.push(h);
    return true;
  }
  ctx.people.set(key, person);
  ctx.bundle.people.push(person);
  return true;
}

function failWith(error: ImportError): never {
  throw error;
}

/** A cell that is none of a field's values, for the UI. */
function choice(values: readonly string[]): (value: string) => ImportReason {
  return (value) => ({ key: 'badChoice', params: { value, values: values.join(', ') } });
}

function readInteraction(ctx: Context, row: Row): boolean {
  const from = ctx.ref(row, 'from');
  const to = ctx.ref(row, 'to');
  const rawKind = ctx.cell(row, 'kind');
  const kind = rawKind ? ctx.memo(`k${rawKind}`, () => parseInteractionKind(rawKind)) ?? failWith(ctx.bad(row, 'kind', expected(INTERACTION_KINDS), choice(INTERACTION_KINDS))) : 'mention';
  const rawChannel = ctx.cell(row, 'channel');
  const channel = rawChannel ? ctx.memo(`c${rawChannel}`, () => parseChannel(rawChannel)) ?? failWith(ctx.bad(row, 'channel', expected(CHANNELS), choice(CHANNELS))) : 'other';
  const interaction: ImportBundle['interactions'][number] = { from, to, kind, channel };
  const rawAt = ctx.cell(row, 'at');
  if (rawAt) interaction.at = isoDate(rawAt) ?? failWith(ctx.bad(row, 'at', 'an ISO 8601 date like 2024-03-15 or 2024-03-15T09:30:00Z', (value) => ({ key: 'badInteractionDate', params: { value } })));
  const rawWeight = ctx.cell(row, 'weight');
  if (rawWeight) interaction.weight = parsePositiveNumber(rawWeight) ?? failWith(ctx.bad(row, 'weight', 'a positive number like 1 or 2.5', (value) => ({ key: 'badWeight', params: { value } })));
  if (from === to) {
    ctx.bundle.warnings.push({ line: row.line, message: 'an interaction of someone with themselves passed over', why: { key: 'selfInteraction' } });
    return false;
  }
  ctx.bundle.interactions.push(interaction);
  return true;
}

const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{3})?Z$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** parseIsoDate, with the common "2024-03-05T09:12:44Z" checked without building a Date (a million rows). */
function isoDate(raw: string): string | null {
  const m = raw.match(UTC_INSTANT);
  if (!m) return parseIsoDate(raw);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && !leap ? 28 : DAYS[mo - 1]!) || y < 1900 || y > 2200) return null;
  return m[7] ? raw : `${raw.slice(0, 19)}.000Z`;
}

function eventKey(name: string): string {
  return `event:${nameKey(name)}`;
}

function readEvent(ctx: Context, row: Row): boolean {
  const name = ctx.cell(row, 'name');
  if (!name) throw ctx.bad(row, 'name', "the event's name", { key: 'emptyEventName' }, 'an empty cell');
  const event: ImportedEvent = { key: eventKey(name), name };
  const kind = ctx.cell(row, 'kind');
  if (kind) event.kind = parseEventKind(kind) ?? failWith(ctx.bad(row, 'kind', expected(EVENT_KINDS), choice(EVENT_KINDS)));
  const date = ctx.cell(row, 'date');
  if (date) event.date = parseIsoDate(date) ?? failWith(ctx.bad(row, 'date', 'an ISO 8601 date like 2024-06-13 (or 13/06/2024)', (value) => ({ key: 'badEventDate', params: { value } })));
  const place = ctx.cell(row, 'place');
  if (place) event.place = place;
  const capacity = ctx.cell(row, 'capacity');
  if (capacity) event.capacity = parseCount(capacity) ?? failWith(ctx.bad(row, 'capacity', 'a whole number of seats like 40', (value) => ({ key: 'badCapacity', params: { value } })));
  const key = event.date ? `${event.key}|${event.date}` : event.key;
  event.key = key;
  if (ctx.events.has(key)) {
    ctx.bundle.warnings.push({ line: row.line, message: `the event "${name}" appears twice; the first row was kept`, why: { key: 'eventTwice', params: { name } } });
    return false;
  }
  ctx.events.set(key, event);
  ctx.bundle.events.push(event);
  return true;
}

function readAttendance(ctx: Context, row: Row): boolean {
  const person = ctx.ref(row, 'person');
  const eventName = ctx.cell(row, 'event');
  if (!eventName) throw ctx.bad(row, 'event', "the event's name", { key: 'emptyEventName' }, 'an empty cell');
  const key = eventKey(eventName);
  if (!ctx.events.has(key)) {
    const event: ImportedEvent = { key, name: eventName };
    ctx.events.set(key, event);
    ctx.bundle.events.push(event);
  }
  const attendance: ImportBundle['attendance'][number] = { person, event: key };
  const role = ctx.cell(row, 'role');
  if (role) attendance.role = parseAttendanceRole(role) ?? failWith(ctx.bad(row, 'role', expected(ATTENDANCE_ROLES), choice(ATTENDANCE_ROLES)));
  const status = ctx.cell(row, 'status');
  if (status) attendance.status = parseAttendanceStatus(status) ?? failWith(ctx.bad(row, 'status', expected(ATTENDANCE_STATUSES), choice(ATTENDANCE_STATUSES)));
  ctx.bundle.attendance.push(attendance);
  return true;
}
