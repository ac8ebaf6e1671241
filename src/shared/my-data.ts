// What a CMO types in about their own network: who owns it, people and interactions added by
// hand, the erasure of a person who asks (GDPR), and people's roles with where they come from.
import type { Channel, InteractionKind, Role } from './domain';

/** Where a person's role comes from: the user's word, a guess from their title, or nothing. */
export const ROLE_SOURCES = ['user', 'inferred', 'none'] as const;
export type RoleSource = (typeof ROLE_SOURCES)[number];

/** Interaction kinds a user logs by hand (the others come from imports). */
export const LOGGED_KINDS = ['met', 'call', 'lunch', 'message'] as const satisfies readonly InteractionKind[];
export type LoggedKind = (typeof LOGGED_KINDS)[number];

export interface OwnerInfo {
  id: number;
  name: string;
  x: string | null;
  linkedin: string | null;
  email: string | null;
}

export interface OwnerInput {
  name?: string;
  x?: string | null;
  linkedin?: string | null;
  email?: string | null;
}

export interface PersonRoleRow {
  id: number;
  name: string;
  title: string | null;
  role: Role;
  roleSource: RoleSource;
  organisation: string | null;
}

export interface PersonInput {
  name: string;
  role?: Role;
  organisation?: string | null;
  title?: string | null;
  x?: string | null;
  linkedin?: string | null;
  email?: string | null;
}

export interface InteractionInput {
  from: number;
  to: number;
  kind: LoggedKind;
  channel?: Channel;
  /** ISO date or date-time. */
  at: string;
  note?: string;
}

export interface BulkPersonPatch {
  ids: number[];
  role?: Role;
  organisation?: string | null;
}

/** What erasing a person removes, said before the user confirms. */
export interface ErasePreview {
  id: number;
  name: string;
  handles: string[];
  interactions: number;
  attendance: number;
  hasNotes: boolean;
  /** Undo-history entries that hold their data (removed with them). */
  historyEntries: number;
}

/** The networks of the host's data folder (the browser host), and which one is open. */
export interface NetworkList {
  current: string;
  networks: Array<{ file: string; name: string; isSample: boolean }>;
}

/** "Start my network": its name, and who I am (all optional but my name). */
export interface NewNetworkInput {
  name: string;
  owner: { name: string; x?: string | null; linkedin?: string | null; email?: string | null };
}
