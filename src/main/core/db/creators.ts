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

/** Per person and year (from `fromYear` to `toYear`): own words sent and reposts, in one scan. */
export function yearlyWordsAndReposts(db: Db, fromYear: number, toYear: number): Array<[personId: number, year: number, own: number, reposts: number]> {
  return db
    .prepare(
      `SELECT from_person_id, CAST(substr(at, 1, 4) AS INTEGER) AS year,
              sum(kind = 'mention' OR kind = 'reply' OR kind = 'quote' OR kind = 'comment'), sum(kind = 'repost')
       FROM interaction
       WHERE at >= @from AND at < @to AND (kind = 'mention' OR kind = 'reply' OR kind = 'quote' OR kind = 'comment' OR kind = 'repost')
       GROUP BY from_person_id, year`,
    )
    .raw()
    .all({ from: `${fromYear}-01-01`, to: `${toYear + 1}-01-01` }) as Array<[number, number, number, number]>;
}

export function peopleRoles(db: Db): Map<number, { name: string; role: Role }> {
  return new Map((db.prepare('SELECT id, name, role FROM person').raw().all() as Array<[number, string, Role]>).map(([id, name, role]) => [id, { name, role }]));
}
