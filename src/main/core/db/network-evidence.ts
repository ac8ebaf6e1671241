// What the network's data can tell, for the guidance (issue #14 part 7): which kinds of ties it
// holds, between whom, and from which imports — the facts that decide whether a score means something.
import type { NetworkEvidence } from '../../../shared/guidance';
import type { Db } from './connection';

/** Kinds that say someone wrote to, answered, relayed or met someone: who talks to whom. A LinkedIn
 * connection, invitation, endorsement or recommendation says a tie exists, not that it is used. */
const TALK_KINDS = ['mention', 'reply', 'quote', 'repost', 'like', 'comment', 'message', 'met', 'call', 'lunch'];
const MEETING_KINDS = ['met', 'call', 'lunch'];
const X_KINDS = ['mention', 'reply', 'quote', 'repost', 'like', 'comment'];

const list = (kinds: string[]) => kinds.map((k) => `'${k}'`).join(',');

export function networkEvidence(db: Db): NetworkEvidence {
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const owner = one<{ id: number } | undefined>('SELECT id FROM person WHERE is_me = 1');
  const ownerId = owner?.id ?? null;
  const people = one<{ n: number }>('SELECT count(*) AS n FROM person').n;

  // Per person (both ends of every interaction): does any of their ties go beyond a connection,
  // is any of them a conversation, does any reach someone other than the owner.
  const perPerson = one<{ contacts: number; connectionOnly: number; silent: number; beyondOwner: number }>(
    `WITH ends AS (
       SELECT from_person_id AS p, to_person_id AS q, kind FROM interaction
       UNION ALL SELECT to_person_id, from_person_id, kind FROM interaction
     ), people AS (
       SELECT p, max(kind <> 'connection') AS more, max(kind IN (${list(TALK_KINDS)})) AS talks, max(q IS NOT ?) AS beyond
       FROM ends WHERE p IS NOT ? GROUP BY p
     )
     SELECT count(*) AS contacts, coalesce(sum(more = 0 AND beyond = 0), 0) AS connectionOnly, coalesce(sum(talks = 0), 0) AS silent,
            coalesce(sum(beyond), 0) AS beyondOwner
     FROM people`,
    ownerId,
    ownerId,
  );

  // Per pair: two-way at all, and two-way without counting connections (mutual by definition).
  const pairs = one<{ pairs: number; reciprocal: number; byConnection: number }>(
    `WITH pair AS (
       SELECT min(from_person_id, to_person_id) AS a, max(from_person_id, to_person_id) AS b,
              max(from_person_id < to_person_id) AS ab, max(from_person_id > to_person_id) AS ba,
              max(from_person_id < to_person_id AND kind <> 'connection') AS ab_other,
              max(from_person_id > to_person_id AND kind <> 'connection') AS ba_other
       FROM interaction GROUP BY a, b
     )
     SELECT count(*) AS pairs, coalesce(sum(ab AND ba), 0) AS reciprocal,
            coalesce(sum(ab AND ba AND NOT (ab_other AND ba_other)), 0) AS byConnection
     FROM pair`,
  );

  const kinds = one<{ connection: number; message: number; linkedinMessage: number; x: number; meeting: number; linkedinRecord: number }>(
    `SELECT coalesce(sum(kind = 'connection'), 0) AS connection, coalesce(sum(kind = 'message'), 0) AS message,
            coalesce(sum(kind = 'message' AND channel = 'linkedin'), 0) AS linkedinMessage,
            coalesce(sum(kind IN (${list(X_KINDS)}) AND channel = 'x'), 0) AS x,
            coalesce(sum(kind IN (${list(MEETING_KINDS)})), 0) AS meeting,
            coalesce(sum(kind IN ('invitation', 'endorsement', 'recommendation')), 0) AS linkedinRecord
     FROM interaction`,
  );

  // People with no interaction at all: accounts known only by follow edges are audience, the rest untied.
  const untied = one<{ untied: number; audienceOnly: number }>(
    `SELECT coalesce(sum(NOT followed), 0) AS untied, coalesce(sum(followed), 0) AS audienceOnly FROM (
       SELECT EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = p.id OR f.followed_id = p.id) AS followed
       FROM person p
       WHERE p.is_me = 0
         AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.to_person_id = p.id)
     )`,
  );

  // Tie strength counts co-attendance between people marked attended at the same dated event (db/interactions).
  const attendance = one<NetworkEvidence['attendance']>(
    `WITH attended AS (
       SELECT a.event_id, count(*) AS n FROM attendance a JOIN event e ON e.id = a.event_id
       WHERE a.status = 'attended' AND e.date IS NOT NULL GROUP BY a.event_id
     )
     SELECT (SELECT count(*) FROM attendance) AS guests, coalesce(sum(n), 0) AS attended, coalesce(sum(CASE WHEN n >= 2 THEN n ELSE 0 END), 0) AS coAttended
     FROM attended`,
  );
  const follows = one<{ n: number }>('SELECT count(*) AS n FROM follow').n;
  const imports = db.prepare('SELECT format, count(*) AS count FROM import_batch GROUP BY format ORDER BY format').all() as NetworkEvidence['imports'];

  return {
    people,
    ownerId,
    contacts: perPerson.contacts,
    connectionOnlyContacts: perPerson.connectionOnly,
    silentContacts: perPerson.silent,
    contactsBeyondOwner: ownerId === null ? null : perPerson.beyondOwner,
    untied: untied.untied,
    audienceOnly: untied.audienceOnly,
    pairs: pairs.pairs,
    reciprocalPairs: pairs.reciprocal,
    reciprocalByConnection: pairs.byConnection,
    interactions: kinds,
    attendance,
    follows,
    imports,
  };
}
