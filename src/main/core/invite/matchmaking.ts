// Who should meet at an event: pairs of attendees with no tie yet but many contacts in common,
// ranked by the Adamic–Adar index (Adamic & Adar, "Friends and neighbors on the Web", Social
// Networks 25, 2003: Σ over shared contacts w of 1 / ln(degree w), as networkx's
// adamic_adar_index), and a seating plan that puts such pairs at the same table.
//
// Ties are those of the invite planner's graph (interactions either way, or an earlier event
// attended together); the event itself does not count, or every pair of attendees would be tied.
import type { Role } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { attendeesWithStatus, eventRef } from '../db/attendance';
import { InviteEventError, planningTies } from './load';
import type { MatchPair, Matchmaking } from '../../../shared/invite';

export type { MatchPair, Matchmaking };

export interface MatchmakingOptions {
  /** Seats per table. DEFAULT 8. */
  tableSize?: number;
  /** Pairs listed. DEFAULT 20. */
  limit?: number;
}

export const MATCHMAKING_DEFAULTS = { tableSize: 8, limit: 20 } as const;

const PLURAL: Record<Role, string> = {
  cmo: 'CMOs', peer: 'peers', analyst: 'analysts', journalist: 'journalists', consultant: 'consultants', cio: 'CIOs', expert: 'experts', other: 'others',
};

export function matchmaking(db: Db, eventId: number, options: MatchmakingOptions = {}): Matchmaking {
  const tableSize = options.tableSize ?? MATCHMAKING_DEFAULTS.tableSize;
  const limit = options.limit ?? MATCHMAKING_DEFAULTS.limit;
  if (!Number.isInteger(tableSize) || tableSize < 2) throw new InviteEventError(`tableSize must be a whole number ≥ 2, got ${tableSize}`);
  const event = eventRef(db, eventId);
  if (!event) throw new InviteEventError(`no event with id ${eventId}`);
  const attendees: Matchmaking['attendees'] = attendeesWithStatus(db, eventId, ['confirmed', 'attended']);
  const ties = planningTies(db, { excludeEventId: eventId });
  const contacts = (id: number) => ties.get(id) ?? new Map<number, number>();
  const n = attendees.length;
  const score = new Float64Array(n * n);
  const pairs: MatchPair[] = [];
  for (let i = 0; i < n; i++) {
    const a = attendees[i] as Matchmaking['attendees'][number];
    const na = contacts(a.id);
    for (let j = i + 1; j < n; j++) {
      const b = attendees[j] as Matchmaking['attendees'][number];
      const nb = contacts(b.id);
      if (na.has(b.id)) continue;
      let common = 0;
      let aa = 0;
      const [small, large] = na.size <= nb.size ? [na, nb] : [nb, na];
      for (const w of small.keys()) {
        if (!large.has(w)) continue;
        common++;
        aa += 1 / Math.log(contacts(w).size); // w has ≥ 2 contacts (a and b), so ln > 0
      }
      if (common === 0) continue;
      score[i * n + j] = score[j * n + i] = aa;
      const roles = a.role === b.role ? `both ${PLURAL[a.role]}` : `${a.role} and ${b.role}`;
      pairs.push({
        a: a.id, b: b.id, aName: a.name, bName: b.name, common, adamicAdar: aa,
        reason: `${common} contact${common === 1 ? '' : 's'} in common, ${roles}`,
        why: { kind: 'commonContacts', values: { common, roleA: a.role, roleB: b.role } },
      });
    }
  }
  pairs.sort((x, y) => y.adamicAdar - x.adamicAdar || y.common - x.common || x.a - y.a || x.b - y.b);

  // Seating: people with the most to gain first, each at the table where their pair scores with
  // those already seated add up most (ties: the emptiest table, then the first).
  const tableCount = Math.max(1, Math.ceil(n / tableSize));
  const tables = Array.from({ length: tableCount }, () => [] as number[]);
  const total = (i: number) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += score[i * n + j] as number;
    return s;
  };
  const order = attendees.map((_a, i) => i).sort((x, y) => total(y) - total(x) || x - y);
  for (const i of order) {
    let best = -1;
    let bestScore = -1;
    tables.forEach((members, t) => {
      if (members.length >= tableSize) return;
      const s = members.reduce((sum, j) => sum + (score[i * n + j] as number), 0);
      const bestSize = best < 0 ? Infinity : (tables[best] as number[]).length;
      if (s > bestScore + 1e-12 || (Math.abs(s - bestScore) <= 1e-12 && members.length < bestSize)) {
        best = t;
        bestScore = s;
      }
    });
    (tables[best] as number[]).push(i);
  }
  let tableScore = 0;
  const tableRows = tables.map((members, t) => {
    let s = 0;
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) s += score[(members[x] as number) * n + (members[y] as number)] as number;
    tableScore += s;
    return { table: t + 1, members: members.map((i) => (attendees[i] as Matchmaking['attendees'][number]).id).sort((x, y) => x - y), score: s };
  });
  return { event, attendees, pairs: pairs.slice(0, limit), tables: tableRows, tableScore };
}
