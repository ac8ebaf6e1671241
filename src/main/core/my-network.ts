// "My network": what the owner of the network should do next — reconnect with strong ties gone
// quiet, get introduced to influential people two hops away, answer those they leave unanswered,
// and reach communities where they have no bridge.
import type { MyNetwork } from '../../shared/scores';
import type { Db } from './db/connection';
import { interactingPairs, pairStatsOf } from './db/interactions';
import { owner, personCards } from './db/people-reads';
import { influenceAndCommunity } from './db/score-reads';
import { latestRunId } from './db/score-runs';
import { bestIntroducer } from './introducer';
import { networkTieStrengths, pairKey } from './ties';

/** A tie "gone quiet" compares strength with a 10-year half-life (history) to the 180-day one (now). */
const HISTORY_HALF_LIFE_DAYS = 3650;
const LIMIT = 15;

export function myNetwork(db: Db, asOf: number = Date.now()): MyNetwork {
  const meRow = owner(db);
  const runId = latestRunId(db);
  const empty: MyNetwork = { me: meRow ? { personId: meRow.id, name: meRow.name } : null, reconnect: [], introductions: [], unreturned: [], unanswered: [], unbridged: [], runId };
  if (!meRow) return empty;
  const me = meRow.id;
  const people = new Map(
    personCards(db).map((p) => [p.id, p]),
  );
  const name = (id: number) => people.get(id)?.name ?? '?';

  // Directed interaction counts between the owner and everyone else, and all pairs for 2 hops.
  const sent = new Map<number, number>();
  const received = new Map<number, number>();
  const lastAt = new Map<number, string>();
  for (const [from, to, n, last] of pairStatsOf(db, me)) {
    const other = from === me ? to : from;
    (from === me ? sent : received).set(other, n);
    if (last && (lastAt.get(other) ?? '') < last) lastAt.set(other, last);
  }
  const partners = new Set([...sent.keys(), ...received.keys()]);

  const now = networkTieStrengths(db, {}, { asOf });
  const history = networkTieStrengths(db, {}, { asOf, halfLifeDays: HISTORY_HALF_LIFE_DAYS });
  const reconnect = [...partners]
    .map((id) => ({ id, past: history.get(pairKey(me, id)) ?? 0, current: now.get(pairKey(me, id)) ?? 0 }))
    .filter((t) => t.past >= 3 && t.current < t.past * 0.25)
    .sort((a, b) => b.past - b.current - (a.past - a.current))
    .slice(0, LIMIT)
    .map((t) => ({ personId: t.id, name: name(t.id), organisation: people.get(t.id)?.organisation ?? null, pastStrength: t.past, strengthNow: t.current, lastAt: lastAt.get(t.id) ?? null }));

  const unreturned = [...sent.entries()].filter(([id]) => !received.has(id)).sort((a, b) => b[1] - a[1]).slice(0, LIMIT).map(([id, count]) => ({ personId: id, name: name(id), count }));
  const unanswered = [...received.entries()].filter(([id]) => !sent.has(id)).sort((a, b) => b[1] - a[1]).slice(0, LIMIT).map(([id, count]) => ({ personId: id, name: name(id), count }));

  if (runId === null) return { ...empty, reconnect, unreturned, unanswered };
  const scores = new Map(
    influenceAndCommunity(db, runId).map(([id, influence, community]) => [id, { influence, community }]),
  );

  // Two hops: neighbours (either direction) of my partners who are not my partners.
  const neighbours = new Map<number, Set<number>>();
  for (const [a, b] of interactingPairs(db)) {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }
  const mutual = new Map<number, number[]>();
  for (const p of partners) {
    for (const q of neighbours.get(p) ?? []) {
      if (q === me || partners.has(q)) continue;
      mutual.set(q, [...(mutual.get(q) ?? []), p]);
    }
  }
  const introductions = [...mutual.entries()]
    .map(([id, via]) => ({ id, via, influence: scores.get(id)?.influence ?? 0 }))
    // Influence first, then how many contacts vouch for the person.
    .sort((a, b) => b.influence * Math.log2(1 + b.via.length) - a.influence * Math.log2(1 + a.via.length))
    .slice(0, LIMIT)
    .map(({ id, via, influence }) => {
      // One rule for the introducer, shared with "How do I reach…" (introducer.ts).
      const chosen = bestIntroducer(via, me, id, (a, b) => now.get(pairKey(a, b)) ?? 0);
      const best = chosen ? { ...chosen, name: name(chosen.personId) } : null;
      return { personId: id, name: name(id), organisation: people.get(id)?.organisation ?? null, influence, mutual: via.length, introducer: best };
    });

  const myCommunities = new Set([...partners].map((p) => scores.get(p)?.community).filter((c): c is number => c !== undefined));
  const myOwn = scores.get(me)?.community;
  const byCommunity = new Map<number, Array<{ personId: number; name: string; influence: number }>>();
  for (const [id, s] of scores) byCommunity.set(s.community, [...(byCommunity.get(s.community) ?? []), { personId: id, name: name(id), influence: s.influence }]);
  const unbridged = [...byCommunity.entries()]
    .filter(([c, members]) => c !== myOwn && !myCommunities.has(c) && members.length > 1)
    .map(([community, members]) => ({ community, size: members.length, top: members.sort((a, b) => b.influence - a.influence).slice(0, 5) }))
    .sort((a, b) => b.size - a.size);

  return { ...empty, reconnect, introductions, unreturned, unanswered, unbridged };
}
