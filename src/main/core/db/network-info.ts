// What the store says about the network as a whole: how much it holds and its time span, and
// wiping it (to regenerate the sample).
import type { NetworkInfo } from '../../../shared/domain';
import type { Db } from './connection';

export function isEmptyNetwork(db: Db): boolean {
  return (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n === 0;
}

export function networkCounts(db: Db): NetworkInfo['counts'] {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { people: count('person'), organisations: count('organisation'), events: count('event'), interactions: count('interaction'), follows: count('follow') };
}

export function interactionSpan(db: Db): NetworkInfo['interactionSpan'] {
  return db.prepare('SELECT min(at) AS "from", max(at) AS "to" FROM interaction WHERE at IS NOT NULL').get() as NetworkInfo['interactionSpan'];
}

/** Deletes everything the network holds (the caller wraps it in the transaction that rewrites it). */
export function clearNetwork(db: Db): void {
  for (const table of ['score', 'score_run', 'community', 'layout_position', 'interaction', 'follow', 'attendance', 'event', 'handle', 'person', 'organisation', 'network_setting']) {
    db.prepare(`DELETE FROM ${table}`).run();
  }
}
