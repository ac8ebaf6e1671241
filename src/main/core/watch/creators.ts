// Creators and curators (issue #17, DESIGN idea 2): the share of creators (mostly their own
// posts) and curators (mostly reposts), network-wide and by role, beside the survey's 81.8 % /
// 18.2 % of 191 marketers; for a year, from dated interactions, with who moved since the year before.
import { ROLES, type Role } from '../../../shared/domain';
import { CREATOR_SURVEY, type CreatorMove, type CreatorShareRow, type CreatorsView } from '../../../shared/watch';
import type { Db } from '../db/connection';
import { knownPostCounts, peopleRoles, wordsAndRepostsAroundYear } from '../db/creators';

/** A creator's own posts are at least half of what they publish (creator ratio ≥ 0.5). */
export const CREATOR_THRESHOLD = 0.5;

const ratio = (own: number, reposts: number) => own / (own + reposts);
const kind = (r: number): 'creator' | 'curator' => (r >= CREATOR_THRESHOLD ? 'creator' : 'curator');

function shares(people: Array<{ role: Role; ratio: number }>): CreatorShareRow[] {
  const row = (role: Role | 'all', group: Array<{ ratio: number }>): CreatorShareRow => {
    const creators = group.filter((p) => kind(p.ratio) === 'creator').length;
    const n = group.length;
    return { role, people: n, creators, curators: n - creators, creatorShare: n ? creators / n : null, curatorShare: n ? (n - creators) / n : null };
  };
  return [row('all', people), ...ROLES.map((role) => row(role, people.filter((p) => p.role === role))).filter((r) => r.people > 0)];
}

export function creatorsView(db: Db, year?: number): CreatorsView {
  if (year === undefined) {
    const people = knownPostCounts(db).map((p) => ({ role: p.role, ratio: ratio(p.own, p.reposts) }));
    return { source: 'posts', year: null, rows: shares(people), movers: [], survey: CREATOR_SURVEY };
  }
  const now = new Map<number, number>();
  const before = new Map<number, number>();
  for (const [person, ownBefore, repostsBefore, ownNow, repostsNow] of wordsAndRepostsAroundYear(db, year)) {
    if (ownBefore + repostsBefore > 0) before.set(person, ratio(ownBefore, repostsBefore));
    if (ownNow + repostsNow > 0) now.set(person, ratio(ownNow, repostsNow));
  }
  const people = peopleRoles(db);
  const rows = shares([...now].flatMap(([id, r]) => {
    const p = people.get(id);
    return p ? [{ role: p.role, ratio: r }] : [];
  }));
  const movers: CreatorMove[] = [];
  for (const [id, r] of now) {
    const previous = before.get(id);
    const p = people.get(id);
    if (previous === undefined || !p || kind(previous) === kind(r)) continue;
    movers.push({ personId: id, name: p.name, role: p.role, from: kind(previous), to: kind(r), ratioBefore: previous, ratioNow: r });
  }
  movers.sort((a, b) => Math.abs(b.ratioNow - b.ratioBefore) - Math.abs(a.ratioNow - a.ratioBefore) || a.personId - b.personId);
  return { source: 'interactions', year, rows, movers, survey: CREATOR_SURVEY };
}
