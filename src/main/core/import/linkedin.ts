// Parses LinkedIn's "Connections.csv" (Settings › Get a copy of your data) into people and one
// `met` interaction from the owner to each connection, dated by "Connected On".
import { emptyBundle, ImportError, type ImportBundle, type ImportedPerson } from './bundle';
import {
  asImportError,
  displayName,
  linkedInSlug,
  MAX_NAME_LENGTH,
  nameKey,
  normaliseEmail,
  parseDayMonthYear,
  parseIsoDate,
  readUtf8File,
  type ParseOptions,
} from './common';
import { csvRows, firstLines } from './csv-rows';

/** The owner of the network in every bundle; the writer maps it to the existing is_me person. */
export const OWNER_KEY = 'me';

const COLUMNS = {
  firstName: 'first name',
  lastName: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;
type Column = keyof typeof COLUMNS;

/** How far down the header may sit: real exports put a 1–3 line "Notes:" preamble above it. */
const HEADER_SEARCH_LINES = 10;

export async function parseLinkedIn(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    return parseLinkedInText(await readUtf8File(path, file), file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

/** Whether a line is LinkedIn's connections header (used by format detection too). */
export function isLinkedInHeader(line: string): boolean {
  const cells = line.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cells.includes(COLUMNS.firstName) && cells.includes(COLUMNS.lastName) && cells.includes(COLUMNS.connectedOn);
}

export function parseLinkedInText(text: string, file: string, options: ParseOptions = {}): ImportBundle {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = firstLines(body, HEADER_SEARCH_LINES);
  const headerIndex = lines.findIndex((l) => isLinkedInHeader(l.text));
  if (headerIndex < 0) {
    throw new ImportError(
      file,
      `no LinkedIn header in the first ${HEADER_SEARCH_LINES} lines; expected "First Name,Last Name,URL,Email Address,Company,Position,Connected On"`,
      { line: 1 },
    );
  }
  const headerLine = headerIndex + 1;
  const rows = csvRows(body.slice(lines[headerIndex]!.offset), file, ',', headerLine);
  const header = rows[0]!.cells.map((c) => c.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  for (const [column, title] of Object.entries(COLUMNS) as Array<[Column, string]>) index[column] = header.indexOf(title);

  const bundle = emptyBundle('linkedin');
  bundle.people.push({ key: OWNER_KEY, name: '', handles: [], isMe: true });
  const byKey = new Map<string, ImportedPerson>();
  const total = rows.length - 1;

  for (let r = 1; r < rows.length; r++) {
    const { line, cells } = rows[r]!;
    if (cells.every((c) => c.trim() === '')) {
      bundle.warnings.push({ line, message: 'blank row passed over' });
      continue;
    }
    if (cells.length < header.length) {
      throw new ImportError(file, `expected ${header.length} fields as in the header, found ${cells.length} (the row may be cut short)`, {
        line,
        field: rows[0]!.cells[cells.length] ?? 'Connected On',
      });
    }
    const cell = (column: Column): string => {
      const i = index[column];
      const value = i >= 0 ? (cells[i] ?? '').trim() : '';
      if (value.length > MAX_NAME_LENGTH) {
        throw new ImportError(file, `longer than ${MAX_NAME_LENGTH} characters`, { line, field: rows[0]!.cells[i] ?? column });
      }
      return value;
    };

    const name = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    const rawUrl = cell('url');
    const slug = rawUrl ? linkedInSlug(rawUrl) : null;
    if (rawUrl && !slug) bundle.warnings.push({ line, message: `"${rawUrl}" is not a LinkedIn profile URL; kept the name only` });
    if (!name && !slug) {
      bundle.warnings.push({ line, message: 'row without a name nor a profile URL passed over' });
      continue;
    }
    const rawDate = cell('connectedOn');
    const at = parseDayMonthYear(rawDate) ?? (rawDate ? parseIsoDate(rawDate) : null);
    if (!at) {
      throw new ImportError(file, `"${rawDate}" is not a date; expected a date like "01 Jan 2024"`, { line, field: 'Connected On' });
    }
    const rawEmail = cell('email');
    const email = rawEmail ? normaliseEmail(rawEmail) : null;
    if (rawEmail && !email) bundle.warnings.push({ line, message: `"${rawEmail}" is not an email address; ignored` });

    const key = slug ? `linkedin:${slug}` : `linkedin-name:${nameKey(name)}`;
    const existing = byKey.get(key);
    if (existing) {
      bundle.warnings.push({ line, message: `${name || slug} appears twice; rows merged` });
      if (email && !existing.handles.some((h) => h.kind === 'email')) existing.handles.push({ kind: 'email', value: email });
      continue;
    }
    const person: ImportedPerson = { key, name, handles: [] };
    if (slug) person.handles.push({ kind: 'linkedin', value: `https://www.linkedin.com/in/${slug}` });
    if (email) person.handles.push({ kind: 'email', value: email });
    const company = cell('company');
    const position = cell('position');
    if (company) person.organisation = company;
    if (position) person.title = position;
    byKey.set(key, person);
    bundle.people.push(person);
    bundle.interactions.push({
      from: OWNER_KEY,
      to: key,
      kind: 'met',
      channel: 'linkedin',
      at,
      externalId: slug ? `linkedin:connection:${slug}` : `linkedin:connection:name:${nameKey(name)}`,
    });
    if (r % 1000 === 0) options.onProgress?.(r, total);
  }
  options.onProgress?.(total, total);
  return bundle;
}
