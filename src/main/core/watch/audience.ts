// The organic-growth audit (issue #17 part 1): each X import is a dated snapshot of the owner's
// audience; between snapshots, who came and who left, the follow-back ratio, and the flags the
// articles warn about (a burst of followers, mass-follow, followers who never interact), with the
// thresholds of src/shared/audience.ts.
import {
  AUDIENCE_THRESHOLDS,
  xAccountLink,
  type AudienceAccounts,
  type AudienceAudit,
  type AudienceFlag,
  type AudienceGraph,
  type AudienceList,
  type AudienceSide,
  type AudienceSnapshotView,
} from '../../../shared/audience';
import { MaillageError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { audienceSnapshots, interactingXIds, latestAudienceOnly, peopleByXId, snapshotMembers, type AudienceSnapshotRow } from '../db/audience';

const DAY_MS = 86_400_000;

/** The median of a non-empty list. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const difference = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const id of a) if (!b.has(id)) n++;
  return n;
};

/** The flags of one snapshot, from its figures and the follower rates of the earlier intervals. */
export function audienceFlags(row: Pick<AudienceSnapshotView, 'gained' | 'gainedPerDay' | 'followers' | 'followings' | 'followBackRatio' | 'silentFollowers' | 'silentShare'>, earlierRates: number[], thresholds = AUDIENCE_THRESHOLDS): AudienceFlag[] {
  const flags: AudienceFlag[] = [];
  if (row.gained !== null && row.gainedPerDay !== null && earlierRates.length >= thresholds.burstMinIntervals && row.gained >= thresholds.burstMinGained) {
    const usual = median(earlierRates);
    if (row.gainedPerDay > thresholds.burstFactor * usual) {
      flags.push({ kind: 'burst', gainedPerDay: row.gainedPerDay, medianPerDay: usual, factor: usual > 0 ? row.gainedPerDay / usual : Infinity });
    }
  }
  if (
    row.followers !== null && row.followings !== null && row.followBackRatio !== null && row.followings >= thresholds.massFollowMinFollowings &&
    row.followings >= thresholds.massFollowRatio * row.followers && row.followBackRatio < thresholds.massFollowBackBelow
  ) {
    flags.push({ kind: 'mass_follow', followings: row.followings, followers: row.followers, followBackRatio: row.followBackRatio });
  }
  if (row.followers !== null && row.silentFollowers !== null && row.silentShare !== null && row.followers >= thresholds.silentMinFollowers && row.silentShare >= thresholds.silentShare) {
    flags.push({ kind: 'silent_followers', silent: row.silentFollowers, followers: row.followers, share: row.silentShare });
  }
  return flags;
}

/** Every snapshot, oldest first, with its changes since the one before and its flags. */
export function audienceAudit(db: Db): AudienceAudit {
  const snapshots = audienceSnapshots(db);
  const interacting = interactingXIds(db);
  let previousFollowers: { set: Set<string>; at: number } | null = null;
  let previousFollowings: Set<string> | null = null;
  const rates: number[] = [];
  const rows: AudienceSnapshotView[] = [];
  for (const s of snapshots) {
    const followers = s.followers === null ? null : new Set(snapshotMembers(db, s.id, 'follower'));
    const followings = s.followings === null ? null : new Set(snapshotMembers(db, s.id, 'following'));
    const at = Date.parse(s.takenAt);
    let gained: number | null = null;
    let lost: number | null = null;
    let days: number | null = null;
    let gainedPerDay: number | null = null;
    if (followers && previousFollowers) {
      gained = difference(followers, previousFollowers.set);
      lost = difference(previousFollowers.set, followers);
      days = (at - previousFollowers.at) / DAY_MS;
      // Two snapshots of one day compare as one day apart: a rate per day, not per second.
      gainedPerDay = gained / Math.max(days, 1);
    }
    let mutual = 0;
    if (followers && followings) for (const id of followings) if (followers.has(id)) mutual++;
    let silent: number | null = null;
    if (followers) {
      silent = 0;
      for (const id of followers) if (!interacting.has(id)) silent++;
    }
    const row: AudienceSnapshotView = {
      id: s.id,
      takenAt: s.takenAt,
      dateSource: s.dateSource,
      fileName: s.fileName,
      followers: s.followers,
      followings: s.followings,
      gained,
      lost,
      followingsGained: followings && previousFollowings ? difference(followings, previousFollowings) : null,
      followingsLost: followings && previousFollowings ? difference(previousFollowings, followings) : null,
      days,
      gainedPerDay,
      followBackRatio: followers && followings && followings.size > 0 ? mutual / followings.size : null,
      silentFollowers: silent,
      silentShare: followers && followers.size > 0 && silent !== null ? silent / followers.size : null,
      flags: [],
    };
    row.flags = audienceFlags(row, rates);
    rows.push(row);
    if (gainedPerDay !== null) rates.push(gainedPerDay);
    if (followers) previousFollowers = { set: followers, at };
    if (followings) previousFollowings = followings;
  }
  return { snapshots: rows, thresholds: AUDIENCE_THRESHOLDS };
}

/** Largest list answered at once (the view shows the first ones and the total). */
export const MAX_AUDIENCE_ACCOUNTS = 5_000;

/**
 * One side of a snapshot: everyone in it, or who came / left since the previous snapshot that has
 * that list. Accounts that are people of the network come with their person.
 */
export function audienceAccounts(db: Db, query: { snapshotId: number; side: AudienceSide; list: AudienceList; limit?: number }): AudienceAccounts {
  const snapshots = audienceSnapshots(db);
  const index = snapshots.findIndex((s) => s.id === query.snapshotId);
  if (index < 0) throw new MaillageError('not_found', `no audience snapshot ${query.snapshotId}`, 'audienceSnapshotNotFound', { id: query.snapshotId });
  const has = (s: AudienceSnapshotRow) => (query.side === 'follower' ? s.followers : s.followings) !== null;
  const current = snapshots[index]!;
  let ids = has(current) ? snapshotMembers(db, current.id, query.side) : [];
  if (query.list !== 'all') {
    const previous = snapshots.slice(0, index).reverse().find(has);
    if (!previous || !has(current)) ids = [];
    else {
      const before = new Set(snapshotMembers(db, previous.id, query.side));
      const now = new Set(ids);
      ids = query.list === 'gained' ? ids.filter((id) => !before.has(id)) : [...before].filter((id) => !now.has(id));
    }
  }
  ids.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const shown = ids.slice(0, Math.min(query.limit ?? MAX_AUDIENCE_ACCOUNTS, MAX_AUDIENCE_ACCOUNTS));
  const people = peopleByXId(db, shown);
  return {
    snapshotId: current.id,
    side: query.side,
    list: query.list,
    total: ids.length,
    accounts: shown.map((accountId) => {
      const person = people.get(accountId);
      return { accountId, personId: person?.personId ?? null, name: person?.name ?? null, link: xAccountLink(accountId) };
    }),
  };
}

/** Largest audience drawn by "show audience" (the view says how many more there are). */
export const MAX_AUDIENCE_NODES = 2_000;

/** What "show audience" adds to the network view: the latest snapshot's accounts that are no person. */
export function audienceGraph(db: Db, limit = MAX_AUDIENCE_NODES): AudienceGraph {
  const { takenAt, accounts, total } = latestAudienceOnly(db, Math.min(limit, MAX_AUDIENCE_NODES));
  return { takenAt, total, accounts };
}
