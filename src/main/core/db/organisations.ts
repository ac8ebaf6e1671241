// Organisations are deduplicated by a key that ignores case, accents, punctuation and legal
// suffixes, so that "Stripe, Inc." and "stripe" count once under a per-company invite cap.
import type { Db } from './connection';

const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'sa', 'sas', 'sasu', 'sarl', 'bv', 'nv', 'spa', 'srl']);

export function organisationKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** The id of the organisation with this name (created when new); null for a blank name. */
export function ensureOrganisation(db: Db, name: string | null | undefined): number | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  const key = organisationKey(trimmed);
  if (!key) return null;
  const found = db.prepare('SELECT id FROM organisation WHERE name_key = ?').get(key) as { id: number } | undefined;
  if (found) return found.id;
  return Number(db.prepare('INSERT INTO organisation (name, name_key) VALUES (?, ?)').run(trimmed, key).lastInsertRowid);
}
