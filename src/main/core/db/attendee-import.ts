// The store's answers for a guest-list import: which guests the network already knows.
import type { Db } from './connection';

/** How many of these guests are people already here: same email, else the same name key. */
export function knownGuests(db: Db, guests: Array<{ email: string | null; nameKey: string }>, nameKeyOf: (name: string) => string): number {
  const byEmail = db.prepare("SELECT 1 FROM handle WHERE kind = 'email' AND value = ?");
  let names: Set<string> | null = null;
  let known = 0;
  for (const g of guests) {
    if (g.email !== null && byEmail.get(g.email) !== undefined) {
      known++;
      continue;
    }
    if (g.email !== null) continue;
    names ??= new Set((db.prepare('SELECT name FROM person').raw().all() as Array<[string]>).map(([n]) => nameKeyOf(n)));
    if (names.has(g.nameKey)) known++;
  }
  return known;
}
