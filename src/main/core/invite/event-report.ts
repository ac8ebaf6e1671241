// The after-event report's numbers (issue #15 part 7), from the same windows as `impact`: who
// came, the pairs the event introduced, interactions and mentions over equal windows before and
// after, pairs that became mutual, parity of those who came, and their named communities.
import type { Db } from '../db/connection';
import { errorKind } from '../../../shared/errors';
import { eventRef } from '../db/attendance';
import { getEventDetail } from '../db/events';
import { interactionsOfBefore } from '../db/interactions';
import { getRunSummary, latestRunId } from '../db/score-runs';
import { influenceAndCommunity } from '../db/score-reads';
import { runCommunities } from '../communities';
import { parityOf } from '../parity';
import { eventImpact } from './impact';
import type { Role } from '../../../shared/domain';
import type { EventReport, ReportCommunity, ReportPair, ReportPerson } from '../../../shared/event-report';

export interface EventReportOptions {
  /** N, the length of each window in days. DEFAULT 30 (as `impact`). */
  days?: number;
  /** What "now" is (tests pin it). DEFAULT the clock. */
  now?: Date;
}

/** An event without a date has no before and after. */
export class EventReportNoDateError extends errorKind('invalid_input') {}

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function eventReport(db: Db, eventId: number, options: EventReportOptions = {}): EventReport {
  const ref = eventRef(db, eventId);
  if (ref && !ref.date) throw new EventReportNoDateError(`event ${eventId} (${ref.name}) has no date, so there is no before and after: give it a date first`, 'eventReportNoDate', { id: eventId });
  // impact checks the event, its date and N, and gives the windows and the mentions: one definition.
  const impact = eventImpact(db, eventId, options.days ? { days: options.days } : {});
  const days = options.days ?? 30;
  const now = options.now ?? new Date();
  const detail = getEventDetail(db, eventId);
  const start = Date.parse(impact.window.after[0]);
  const end = Date.parse(impact.window.after[1]);
  const beforeStart = Date.parse(impact.window.before[0]);

  // The community of each person in the newest run, with its name (numbers differ between runs).
  const runId = latestRunId(db);
  const communityOf = new Map<number, ReportCommunity>();
  let communityRun: EventReport['communityRun'] = null;
  if (runId !== null) {
    const names = new Map(runCommunities(db, runId).map((c) => [c.community, { kind: c.kind, name: c.name }]));
    for (const [person, , community] of influenceAndCommunity(db, runId)) {
      const named = names.get(community);
      if (named) communityOf.set(person, named);
    }
    communityRun = { id: runId, at: getRunSummary(db, runId)?.createdAt ?? '' };
  }
  const person = (a: (typeof detail.attendees)[number]): ReportPerson => ({
    id: a.personId,
    name: a.name,
    organisation: a.organisation,
    role: a.role,
    gender: a.gender,
    attendanceRole: a.attendanceRole,
    status: a.status,
    community: communityOf.get(a.personId) ?? null,
  });
  const attendanceRecorded = detail.attendees.some((a) => a.status === 'attended');
  const cameStatus = attendanceRecorded ? 'attended' : 'confirmed';
  const came = detail.attendees.filter((a) => a.status === cameStatus).map(person);
  const absent = attendanceRecorded ? detail.attendees.filter((a) => a.status === 'confirmed').map(person) : [];
  const declined = detail.attendees.filter((a) => a.status === 'declined').map(person);
  const pending = detail.attendees.filter((a) => a.status === 'invited').length;

  const roles = new Map<Role, number>();
  const orgs = new Map<string, { organisation: string | null; people: number }>();
  for (const p of came) {
    roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
    const key = p.organisation?.trim().toLowerCase() ?? '';
    const entry = orgs.get(key) ?? { organisation: p.organisation?.trim() || null, people: 0 };
    entry.people++;
    orgs.set(key, entry);
  }

  // Every dated interaction of the people who came, up to the end of the window after.
  const ids = new Set(came.map((p) => p.id));
  const byId = new Map(came.map((p) => [p.id, p]));
  const everBefore = new Set<string>();
  const afterCount = new Map<string, number>();
  // Directions seen in each window per pair of people who came: bit 1 low → high id, bit 2 high → low.
  const dirs = { before: new Map<string, number>(), after: new Map<string, number>() };
  const interactionsAmong = { before: 0, after: 0 };
  let anyAfter = false;
  for (const [from, to, , at] of interactionsOfBefore(db, ids, impact.window.after[1])) {
    const t = Date.parse(at);
    const inAfter = t >= start && t < end;
    if (inAfter) anyAfter = true;
    if (!ids.has(from) || !ids.has(to) || from === to) continue;
    const key = pairKey(from, to);
    const which = t >= beforeStart && t < start ? 'before' : inAfter ? 'after' : null;
    if (t < start) everBefore.add(key);
    if (inAfter) afterCount.set(key, (afterCount.get(key) ?? 0) + 1);
    if (which) {
      interactionsAmong[which]++;
      dirs[which].set(key, (dirs[which].get(key) ?? 0) | (from < to ? 1 : 2));
    }
  }
  const pair = (key: string): ReportPair => {
    const [a, b] = key.split('-').map(Number) as [number, number];
    const pa = byId.get(a) as ReportPerson;
    const pb = byId.get(b) as ReportPerson;
    const across = pa.community && pb.community ? pa.community.name !== pb.community.name || pa.community.kind !== pb.community.kind : null;
    return { a, b, aName: pa.name, bName: pb.name, interactions: afterCount.get(key) ?? 0, acrossCommunities: across };
  };
  const byPeople = (x: ReportPair, y: ReportPair) => x.a - y.a || x.b - y.b;
  const newTies = [...afterCount.keys()].filter((key) => !everBefore.has(key)).map(pair).sort(byPeople);
  const becameMutual = [...dirs.after.entries()].filter(([key, bits]) => bits === 3 && dirs.before.get(key) !== 3).map(([key]) => pair(key)).sort(byPeople);
  const noLongerMutual = [...dirs.before.entries()].filter(([key, bits]) => bits === 3 && dirs.after.get(key) !== 3).length;

  const state: EventReport['state'] = now.getTime() < start ? 'upcoming' : !anyAfter ? 'waiting' : now.getTime() < end ? 'open' : 'complete';
  return {
    event: { id: detail.id, name: detail.name, kind: detail.kind, date: impact.event.date, place: detail.place, capacity: detail.capacity, hostOrganisation: detail.hostOrganisation },
    days,
    window: impact.window,
    state,
    generatedAt: now.toISOString(),
    attendanceRecorded,
    came,
    absent,
    declined,
    pending,
    byRole: [...roles.entries()].map(([role, people]) => ({ role, people })).sort((x, y) => y.people - x.people || x.role.localeCompare(y.role)),
    byOrganisation: [...orgs.values()].sort((x, y) => y.people - x.people || (x.organisation === null ? 1 : y.organisation === null ? -1 : x.organisation.localeCompare(y.organisation))),
    newTies,
    interactionsAmong,
    mentions: { before: impact.mentions.before, after: impact.mentions.after },
    becameMutual,
    noLongerMutual,
    parity: parityOf(came),
    communityRun,
  };
}
