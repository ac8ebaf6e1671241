// The owner of the network, people and interactions typed in by hand, bulk role edits, and
// erasure: handles normalised as imports do, roles guessed from titles, errors a user can act on.
import { MaillageError } from '../../shared/errors';
import type { Role } from '../../shared/domain';
import type { BulkPersonPatch, InteractionInput, OwnerInfo, OwnerInput, PersonInput, PersonRoleRow } from '../../shared/my-data';
import type { Db } from './db/connection';
import { insertInteraction, insertPerson, personExists } from './db/hand-entry';
import { createOwner, handleHolder, readOwner, renamePerson, replaceHandle } from './db/owner-store';
import { listPeopleRoles, setOrganisations, setRoles } from './db/people-roles';
import { normaliseEmail, normaliseLinkedInUrl, normaliseXHandle, parseIsoDate } from './import/common';
import { ensureOrganisation } from './db/organisations';
import { inferRole } from './roles/infer';

/** A request the data refuses (a handle someone else has, a person who is not there…). */
export class MyDataError extends MaillageError {
  constructor(code: 'not_found' | 'conflict', message: string) {
    super(code, message);
  }
}

type HandleKind = 'x' | 'linkedin' | 'email';
const NORMALISE: Record<HandleKind, (raw: string) => string | null> = { x: normaliseXHandle, linkedin: normaliseLinkedInUrl, email: normaliseEmail };
const EXPECTED: Record<HandleKind, string> = { x: 'an X handle like @name', linkedin: 'a LinkedIn profile URL like https://www.linkedin.com/in/name', email: 'an email address' };

function normalised(kind: HandleKind, raw: string): string {
  const value = NORMALISE[kind](raw);
  if (!value) throw new MyDataError('conflict', `"${raw.slice(0, 100)}" is not ${EXPECTED[kind]}`);
  return value;
}

/** Gives the person these handles (given ones only); refuses one that belongs to someone else. */
function setHandles(db: Db, personId: number, input: { x?: string | null | undefined; linkedin?: string | null | undefined; email?: string | null | undefined }): void {
  for (const kind of ['x', 'linkedin', 'email'] as const) {
    const raw = input[kind];
    if (raw === undefined) continue;
    const value = raw === null || raw.trim() === '' ? null : normalised(kind, raw);
    if (value !== null) {
      const holder = handleHolder(db, kind, value);
      if (holder && holder.id !== personId) {
        throw new MyDataError('conflict', `${value} already belongs to ${holder.name} (#${holder.id}); merge the two people or choose another ${kind === 'x' ? 'handle' : kind === 'email' ? 'address' : 'URL'}`);
      }
    }
    replaceHandle(db, personId, kind, value);
  }
}

export function getOwner(db: Db): OwnerInfo | null {
  return readOwner(db);
}

/** Names the owner and sets their handles, creating the owner when the network has none (a name is needed then). */
export function setOwner(db: Db, input: OwnerInput): OwnerInfo {
  return db.transaction(() => {
    let owner = readOwner(db);
    const name = input.name?.trim();
    if (!owner) {
      if (!name) throw new MyDataError('conflict', 'This network has no owner yet: give a name (--name) to create one.');
      createOwner(db, name);
      owner = readOwner(db)!;
    } else if (name) renamePerson(db, owner.id, name);
    setHandles(db, owner.id, input);
    return readOwner(db)!;
  })();
}

export function peopleRoles(db: Db, role?: Role): PersonRoleRow[] {
  return listPeopleRoles(db, role);
}

export function addPerson(db: Db, input: PersonInput): number {
  const name = input.name.trim();
  const title = input.title?.trim() || null;
  const organisation = input.organisation?.trim() || null;
  const guess = input.role ? null : inferRole(title, organisation);
  const id = insertPerson(db, {
    name,
    role: input.role ?? guess ?? 'other',
    roleSource: input.role ? 'user' : guess ? 'inferred' : 'none',
    organisationId: ensureOrganisation(db, organisation),
    title,
  });
  setHandles(db, id, input);
  return id;
}

export function logInteraction(db: Db, input: InteractionInput): number {
  for (const id of [input.from, input.to]) if (!personExists(db, id)) throw new MyDataError('not_found', `No person with id ${id}`);
  if (input.from === input.to) throw new MyDataError('conflict', 'An interaction is between two different people.');
  const at = parseIsoDate(input.at);
  if (!at) throw new MyDataError('conflict', `"${input.at}" is not a date; expected a date like 2026-03-31`);
  const channel = input.channel ?? (input.kind === 'message' ? 'other' : input.kind === 'call' ? 'other' : 'in_person');
  const note = input.note?.trim() || null;
  const id = insertInteraction(db, { from: input.from, to: input.to, kind: input.kind, channel, at, note });
  // A meeting, a call or a lunch takes two: the tie goes both ways (a message has one sender).
  if (input.kind !== 'message') insertInteraction(db, { from: input.to, to: input.from, kind: input.kind, channel, at, note });
  return id;
}

export function bulkUpdatePeople(db: Db, patch: BulkPersonPatch): number {
  let n = 0;
  if (patch.role !== undefined) n = setRoles(db, patch.ids, patch.role);
  if (patch.organisation !== undefined) n = setOrganisations(db, patch.ids, ensureOrganisation(db, patch.organisation));
  return n;
}
