// What the creators-and-curators view reads: each person's own posts and reposts where known,
// and, for dated years, their own words (mentions, replies, quotes, comments) against reposts.
import type { Role } from '../../../shared/domain';
import type { Db } from './connection';

export interface PostCounts {
  personId: number;
  name: string;
  role: Role;
  own: number;
  reposts: number;
}

/** People whose own posts and reposts are known (DESIGN.md's creator ratio inputs). */
export function knownPostCounts(db: Db): PostCounts[] {
  return (db
    .prepare('SELECT id, name, role, original_posts, reposts FROM person WHERE original_posts IS NOT NULL AND reposts IS NOT NULL AND original_posts + reposts > 0')
    .raw()
    .all() as Array<[number, string, Role, number, number]>).map(([personId, name, role, own, reposts]) => ({ personId, name, role, own, reposts }));
}

/**
 * Per person, for `year - 1` and `year`: own words sent and reposts. One scan of the covering
 * index in person order, grouped by person alone (grouping by person and year too needs a
 * temporary B-tree over the whole scan).
 */
export function wordsAndRepostsAroundYear(db: Db, year: number): Array<[personId: number, ownBefore: number, repostsBefore: number, ownNow: number, repostsNow: number]> {
  const own = "(kind = 'mention' OR kind = 'reply' OR kind = 'quote' OR kind = 'comment')";
  return db
    .prepare(
      `SELECT from_person_id,
              sum(at < @split AND ${own}), sum(at < @split AND kind = 'repost'), sum(at >= @split AND ${own}), sum(at >= @split AND kind = 'repost')
       FROM interaction
       WHERE at >= @from AND at < @to AND (${own} OR kind = 'repost')
       GROUP BY from_person_id`,
    )
    .raw()
    .all({ from: `${year - 1}-01-01`, split: `${year}-01-01`, to: `${year + 1}-01-01` }) as Array<[number, number, number, number, number]>;
}

export function peopleRoles(db: Db): Map<number, { name: string; role: Role }> {
  return new Map((db.prepare('SELECT id, name, role FROM person').raw().all() as Array<[number, string, Role]>).map(([id, name, role]) => [id, { name, role }]));
}
