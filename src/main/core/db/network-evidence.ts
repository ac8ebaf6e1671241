// What the network's data can tell, for the guidance (issue #14 part 7): which kinds of ties it
// holds, between whom, and from which imports — the facts that decide whether a score means something.
import type { NetworkEvidence } from '../../../shared/guidance';
import type { Db } from './connection';

/** Kinds that say someone wrote to, answered, relayed or met someone: who talks to whom. A LinkedIn
 * connection, invitation, endorsement or recommendation says a tie exists, not that it is used. */
const TALK_KINDS = ['mention', 'reply', 'quote', 'repost', 'like', 'comment', 'message', 'met', 'call', 'lunch'];
const MEETING_KINDS = ['met', 'call', 'lunch'];

const list = (kinds: string[]) => kinds.map((k) => `'${k}'`).join(',');

export function networkEvidence(db: Db): NetworkEvidence {
  const one = <T>(sql: string, params: Record<string, unknown> = {}) => db.prepare(sql).get(params) as T;
  const owner = one<{ id: number } | undefined>('SELECT id FROM person WHERE is_me = 1');
  const ownerId = owner?.id ?? null;
  const people = one<{ n: number }>('SELECT count(*) AS n FROM person').n;

  // Per person, through the indexes on both ends of an interaction: does any of their ties go
  // beyond a connection, is any a conversation, does any reach someone other than the owner. Each
  // EXISTS stops at its first row, so a million interactions cost a few index seeks a person.
  const has = (side: 'from_person_id' | 'to_person_id', condition: string) => `EXISTS (SELECT 1 FROM interaction i WHERE i.${side} = p.id AND ${condition})`;
  const either = (condition: string, other = condition) => `(${has('from_person_id', condition)} OR ${has('to_person_id', other)})`;
  const perPerson = one<{ contacts: number; connectionOnly: number; silent: number; beyondOwner: number }>(
    `SELECT count(*) AS contacts, coalesce(sum(NOT more AND NOT beyond), 0) AS connectionOnly, coalesce(sum(NOT talks), 0) AS silent,
            coalesce(sum(beyond), 0) AS beyondOwner
     FROM (
       SELECT ${either("i.kind <> 'connection'")} AS more, ${either(`i.kind IN (${list(TALK_KINDS)})`)} AS talks,
              ${either('i.to_person_id IS NOT @owner', 'i.from_person_id IS NOT @owner')} AS beyond
       FROM person p
       WHERE p.id IS NOT @owner AND ${either('1')}
     )`,
    { owner: ownerId },
  );

  // A connection is written both ways, so its pair is two-way whatever else it holds; it is
  // two-way "only by the connection" unless other interactions go both ways too.
  const byConnection = one<{ n: number }>(
    `WITH pair AS (SELECT DISTINCT min(from_person_id, to_person_id) AS a, max(from_person_id, to_person_id) AS b FROM interaction WHERE kind = 'connection')
     SELECT count(*) AS n FROM pair
     WHERE NOT (EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = pair.a AND i.to_person_id = pair.b AND i.kind <> 'connection')
            AND EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = pair.b AND i.to_person_id = pair.a AND i.kind <> 'connection'))`,
  ).n;
  // Every two-way pair: a join of the directed pairs on their reverse, counted only where
  // connections exist (with none, reciprocity has nothing to be misread by).
  const reciprocal = byConnection === 0 ? null : one<{ n: number }>(
    `WITH d AS MATERIALIZED (SELECT DISTINCT from_person_id AS a, to_person_id AS b FROM interaction)
     SELECT count(*) AS n FROM d x JOIN d y ON y.a = x.b AND y.b = x.a WHERE x.a < x.b`,
  ).n;

  // What kinds of record the network holds at all: each EXISTS stops at the first row found.
  const exists = (condition: string) => `EXISTS (SELECT 1 FROM interaction WHERE ${condition})`;
  const holds = one<{ connection: number; linkedinMessage: number; x: number; meeting: number }>(
    `SELECT ${exists("kind = 'connection'")} AS connection, ${exists("kind = 'message' AND channel = 'linkedin'")} AS linkedinMessage,
            ${exists("channel = 'x'")} AS x, ${exists(`kind IN (${list(MEETING_KINDS)})`)} AS meeting`,
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
    reciprocalPairs: reciprocal,
    reciprocalByConnection: byConnection,
    holds: { connection: holds.connection === 1, linkedinMessage: holds.linkedinMessage === 1, x: holds.x === 1, meeting: holds.meeting === 1 },
    attendance,
    follows,
    imports,
  };
}
