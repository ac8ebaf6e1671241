// "Find a person…" and "How do I reach…": matches ranked by relevance (the whole name, then the
// start of the name, then the start of a word, then anywhere in it, then the organisation), and
// among equally relevant matches by influence, so "Claire" lists the top influencer first.

export interface Searchable {
  id: number;
  name: string;
  organisation: string | null;
}

/** Lower case without accents: "celine" finds "Céline". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 0 is the best; null when the person does not match. */
export function relevance(person: Searchable, query: string): number | null {
  const q = folded(query.trim());
  if (q.length < 2) return null;
  const name = folded(person.name);
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s\-'’.]+/).some((word) => word.startsWith(q))) return 2;
  if (name.includes(q)) return 3;
  if (person.organisation && folded(person.organisation).includes(q)) return 4;
  return null;
}

export function rankMatches<T extends Searchable>(people: readonly T[], query: string, influence: (id: number) => number, limit = 8): T[] {
  const scored: Array<{ person: T; relevance: number; influence: number }> = [];
  for (const person of people) {
    const r = relevance(person, query);
    if (r !== null) scored.push({ person, relevance: r, influence: influence(person.id) });
  }
  scored.sort((a, b) => a.relevance - b.relevance || b.influence - a.influence || a.person.name.localeCompare(b.person.name));
  return scored.slice(0, limit).map((s) => s.person);
}
