// Named communities: each score run's communities are found again in the previous run by member
// overlap (and keep their name), or get a new name — their dominant organisation when it holds
// at least half of them, else their most influential member. The user can rename them.
import { communityLabel, type CommunityInfo, type CommunityNameKind } from '../../shared/communities';
import { errorKind } from '../../shared/errors';
import type { Db } from './db/connection';
import {
  allCommunityNames,
  insertCommunity,
  linkRunCommunity,
  listRunCommunities,
  previousNamedRun,
  renameCommunity as storeRename,
  runCommunityLinks,
  runHasCommunities,
  runMembers,
} from './db/communities';

export class CommunityNotFoundError extends errorKind('not_found') {}
export class CommunityNameError extends errorKind('conflict') {}

export interface CommunityMember {
  personId: number;
  influence: number;
  name: string;
  organisation: string | null;
}

/** An automatic name: the organisation of at least half the members (three or more), else the
 * most influential member (ties to the lower person id). */
export function autoCommunityName(members: CommunityMember[]): { kind: CommunityNameKind; name: string } {
  const orgs = new Map<string, { name: string; count: number }>();
  for (const m of members) {
    const org = m.organisation?.trim();
    if (!org) continue;
    const key = org.toLowerCase();
    const entry = orgs.get(key) ?? { name: org, count: 0 };
    entry.count++;
    orgs.set(key, entry);
  }
  const dominant = [...orgs.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))[0];
  if (dominant && members.length >= 3 && dominant.count * 2 >= members.length) return { kind: 'organisation', name: dominant.name };
  const top = [...members].sort((a, b) => b.influence - a.influence || a.personId - b.personId)[0];
  return { kind: 'person', name: top?.name ?? '?' };
}

/** Pairs each community of `current` with at most one of `previous` by the members they share:
 * largest overlap first, and only when it is at least half of the smaller of the two. */
export function matchByOverlap(current: Map<number, number[]>, previousOf: Map<number, number>, previousSize: Map<number, number>): Map<number, number> {
  const pairs: Array<{ c: number; p: number; overlap: number }> = [];
  for (const [c, members] of current) {
    const counts = new Map<number, number>();
    for (const id of members) {
      const p = previousOf.get(id);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const [p, overlap] of counts) if (overlap * 2 >= Math.min(members.length, previousSize.get(p) ?? 0)) pairs.push({ c, p, overlap });
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.c - b.c || a.p - b.p);
  const match = new Map<number, number>();
  const taken = new Set<number>();
  for (const { c, p } of pairs) {
    if (match.has(c) || taken.has(p)) continue;
    match.set(c, p);
    taken.add(p);
  }
  return match;
}

/** Ties a run's communities to lasting ones (once per run; later calls do nothing). */
export function nameRunCommunities(db: Db, runId: number, now: string = new Date().toISOString()): void {
  if (runHasCommunities(db, runId)) return;
  const members = runMembers(db, runId);
  if (members.length === 0) return;
  db.transaction(() => {
    const byCommunity = new Map<number, typeof members>();
    for (const m of members) byCommunity.set(m.community, [...(byCommunity.get(m.community) ?? []), m]);
    const previous = previousNamedRun(db, runId);
    let match = new Map<number, number>();
    let previousLinks = new Map<number, number>();
    if (previous !== null) {
      previousLinks = runCommunityLinks(db, previous);
      const previousOf = new Map(runMembers(db, previous).map((m) => [m.personId, m.community]));
      const previousSize = new Map<number, number>();
      for (const c of previousOf.values()) previousSize.set(c, (previousSize.get(c) ?? 0) + 1);
      match = matchByOverlap(new Map([...byCommunity].map(([c, ms]) => [c, ms.map((m) => m.personId)])), previousOf, previousSize);
    }
    const taken = allCommunityNames(db);
    // Larger communities name themselves first, so that a duplicate name goes to the smaller one.
    for (const [c, ms] of [...byCommunity].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])) {
      const kept = match.has(c) ? previousLinks.get(match.get(c) as number) : undefined;
      let id = kept;
      if (id === undefined) {
        const auto = autoCommunityName(ms);
        let name = auto.name;
        for (let k = 2; taken.has(name); k++) name = `${auto.name} (${k})`;
        taken.add(name);
        id = insertCommunity(db, auto.kind, name, now);
      }
      linkRunCommunity(db, runId, c, id, ms.length);
    }
  })();
}

/** A run's communities with their names, largest first (named now if the run predates names). */
export function runCommunities(db: Db, runId: number): CommunityInfo[] {
  nameRunCommunities(db, runId);
  return listRunCommunities(db, runId);
}

/** The run's community number → its English label (CSV, CLI, GEXF, the planner's reasons). */
export function communityLabels(db: Db, runId: number | null): Map<number, string> {
  if (runId === null) return new Map();
  return new Map(runCommunities(db, runId).map((c) => [c.community, communityLabel(c)]));
}

export function renameCommunity(db: Db, id: number, name: string): void {
  const trimmed = name.trim();
  if (trimmed === '') throw new CommunityNameError('A community name cannot be empty.');
  if (!storeRename(db, id, trimmed)) throw new CommunityNotFoundError(`No community #${id}.`);
}
