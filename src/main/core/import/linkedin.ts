// Parses LinkedIn's "Get a copy of your data" archive — the .zip, its unpacked folder, or one CSV
// of it — into people and interactions: connections as reciprocal ties, messages, invitations,
// endorsements and recommendations as directed ones, the owner from Profile.csv. One parser per
// file (linkedin/*.ts); people are matched across files by profile URL, then by name.
import { stat } from 'node:fs/promises';
import { emptyBundle, ImportError, type ImportBundle } from './bundle';
import { asImportError, displayName, readUtf8File, type ParseOptions } from './common';
import { readFolder, readZip, type ArchiveEntry } from './linkedin-files/archive';
import { connectionsFile } from './linkedin-files/connections';
import { endorsementsGivenFile, endorsementsReceivedFile } from './linkedin-files/endorsements';
import { makeContext, type LinkedInContext, type LinkedInFile } from './linkedin-files/file';
import { invitationsFile } from './linkedin-files/invitations';
import { messagesFile } from './linkedin-files/messages';
import { LinkedInPeople, OWNER_KEY } from './linkedin-files/people';
import { profileFile } from './linkedin-files/profile';
import { recommendationsGivenFile, recommendationsReceivedFile } from './linkedin-files/recommendations';
import { isHeaderOf } from './linkedin-files/table';
import { firstLines } from './csv-rows';

export { OWNER_KEY } from './linkedin-files/people';

/** The files read, in this order: the owner first, then connections (the richest about people). */
export const LINKEDIN_FILES: readonly LinkedInFile[] = [
  profileFile,
  connectionsFile,
  messagesFile,
  invitationsFile,
  endorsementsReceivedFile,
  endorsementsGivenFile,
  recommendationsReceivedFile,
  recommendationsGivenFile,
];
const FILE_NAMES = LINKEDIN_FILES.map((f) => f.name);

export async function parseLinkedIn(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return parseEntries(await readFolder(path, file, FILE_NAMES), file, options);
    if (await isZip(path, file)) return parseEntries(await readZip(path, file, FILE_NAMES), file, options);
    return parseLinkedInText(await readUtf8File(path, file), file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

async function isZip(path: string, file: string): Promise<boolean> {
  if (file.toLowerCase().endsWith('.zip')) return true;
  const { open } = await import('node:fs/promises');
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

/** Whether a line is LinkedIn's connections header (used by format detection too). */
export function isLinkedInHeader(line: string): boolean {
  return isHeaderOf(connectionsFile.shape, line);
}

/** Which file of the archive a CSV is, from its first lines (null when none). */
export function linkedInFileOf(text: string): LinkedInFile | null {
  const lines = firstLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 10);
  return LINKEDIN_FILES.find((f) => lines.some((l) => isHeaderOf(f.shape, l.text))) ?? null;
}

/** One CSV of the archive, recognised by its header. */
export function parseLinkedInText(text: string, file: string, options: ParseOptions = {}): ImportBundle {
  const kind = linkedInFileOf(text);
  if (!kind) {
    throw new ImportError(
      file,
      `no LinkedIn header in the first 10 lines; expected the header of one of the archive's files ${FILE_NAMES.join(', ')} (e.g. "First Name,Last Name,URL,Email Address,Company,Position,Connected On")`,
      { line: 1 },
      { key: 'noLinkedInHeader', params: { files: FILE_NAMES.join(', ') } },
    );
  }
  return parseEntries(new Map([[kind.name.toLowerCase(), { file, text }]]), file, options);
}

function parseEntries(entries: Map<string, ArchiveEntry>, archive: string, options: ParseOptions): ImportBundle {
  if (entries.size === 0) {
    throw new ImportError(archive, `no file of a LinkedIn archive in it; expected ${FILE_NAMES.join(', ')}`, {}, { key: 'noLinkedInFiles', params: { files: FILE_NAMES.join(', ') } });
  }
  const bundle = emptyBundle('linkedin');
  const people = new LinkedInPeople(bundle);
  const context = makeContext(bundle, people);
  const present = LINKEDIN_FILES.filter((f) => entries.has(f.name.toLowerCase()));
  present.forEach((f, i) => {
    const entry = entries.get(f.name.toLowerCase())!;
    f.parse(entry.text, entry.file, context);
    if (f === messagesFile && !entries.has(profileFile.name.toLowerCase())) recogniseOwner(context);
    options.onProgress?.(i + 1, present.length);
  });
  return bundle;
}

/**
 * Without Profile.csv, the owner is the one person who takes part in every conversation of
 * messages.csv (at least two of them): their rows are moved onto the owner.
 */
function recogniseOwner({ bundle, conversations }: LinkedInContext): void {
  if (conversations.size < 2) return;
  let common: string[] | null = null;
  for (const members of conversations.values()) common = common === null ? [...members] : common.filter((k) => members.has(k));
  if (!common || common.includes(OWNER_KEY)) return;
  const candidates = common;
  if (candidates.length !== 1) return;
  const key = candidates[0]!;
  const person = bundle.people.find((p) => p.key === key)!;
  const owner = bundle.people.find((p) => p.key === OWNER_KEY)!;
  owner.name ||= person.name;
  for (const h of person.handles) if (!owner.handles.some((o) => o.kind === h.kind && o.value === h.value)) owner.handles.push(h);
  bundle.people.splice(bundle.people.indexOf(person), 1);
  bundle.interactions = bundle.interactions.filter((x) => {
    if (x.from === key) x.from = OWNER_KEY;
    if (x.to === key) x.to = OWNER_KEY;
    return x.from !== x.to;
  });
}
