// The organic-growth audit (issue #17 part 1): the owner's X audience snapshot by snapshot, and the
// patterns the articles warn about. Shapes shared by the services, the CLI and the views, and the
// thresholds of the flags, defined once here (the view and the README quote them).

/** When a snapshot is flagged. Every figure is also shown, so a user can judge below the thresholds. */
export const AUDIENCE_THRESHOLDS = {
  /** Burst: followers gained per day since the previous snapshot above this many times the median
   * rate of all the earlier intervals… */
  burstFactor: 3,
  /** …with at least this many followers gained (a few follows are no burst)… */
  burstMinGained: 10,
  /** …and at least this many earlier intervals to take a median of. */
  burstMinIntervals: 2,
  /** Mass-follow: following at least this many times as many accounts as follow back… */
  massFollowRatio: 2,
  /** …while fewer than this share of the accounts followed follow back… */
  massFollowBackBelow: 0.3,
  /** …following at least this many accounts. */
  massFollowMinFollowings: 100,
  /** Silent followers: at least this share of the followers never interacted with anyone of the network… */
  silentShare: 0.9,
  /** …among at least this many followers. */
  silentMinFollowers: 100,
} as const;

export const AUDIENCE_FLAGS = ['burst', 'mass_follow', 'silent_followers'] as const;

/** What dates a snapshot: the archive's generation date, an API collection's retrieval time, or the import. */
export const AUDIENCE_DATE_SOURCES = ['archive', 'collection', 'import'] as const;
export type AudienceDateSource = (typeof AUDIENCE_DATE_SOURCES)[number];
export type AudienceFlagKind = (typeof AUDIENCE_FLAGS)[number];

/** A flag with the figures behind it, which the view and the CLI put in words. */
export type AudienceFlag =
  | { kind: 'burst'; gainedPerDay: number; medianPerDay: number; factor: number }
  | { kind: 'mass_follow'; followings: number; followers: number; followBackRatio: number }
  | { kind: 'silent_followers'; silent: number; followers: number; share: number };

export interface AudienceSnapshotView {
  id: number;
  /** ISO 8601 instant: the archive's generation date, the API pages' retrieval time, or the import time. */
  takenAt: string;
  dateSource: AudienceDateSource;
  fileName: string | null;
  /** null: the import had no follower (following) list. */
  followers: number | null;
  followings: number | null;
  /** Since the previous snapshot with a follower list; null for the first one. */
  gained: number | null;
  lost: number | null;
  /** Accounts the owner started / stopped following since the previous snapshot with a following list. */
  followingsGained: number | null;
  followingsLost: number | null;
  /** Days since the previous snapshot with a follower list. */
  days: number | null;
  gainedPerDay: number | null;
  /** Accounts followed that follow back ÷ accounts followed; null without both lists or with no following. */
  followBackRatio: number | null;
  /** Followers who never interacted with anyone of the network (they are no person with an interaction). */
  silentFollowers: number | null;
  silentShare: number | null;
  flags: AudienceFlag[];
}

export interface AudienceAudit {
  snapshots: AudienceSnapshotView[];
  thresholds: typeof AUDIENCE_THRESHOLDS;
}

export const AUDIENCE_SIDES = ['follower', 'following'] as const;
export type AudienceSide = (typeof AUDIENCE_SIDES)[number];
export const AUDIENCE_LISTS = ['all', 'gained', 'lost'] as const;
export type AudienceList = (typeof AUDIENCE_LISTS)[number];

/** An X account of the audience: a person of the network when known, else its id and X's link to it. */
export interface AudienceAccountRef {
  accountId: string;
  personId: number | null;
  name: string | null;
  /** X's link to the account by id (what archives give). */
  link: string;
}

export interface AudienceAccounts {
  snapshotId: number;
  side: AudienceSide;
  list: AudienceList;
  total: number;
  accounts: AudienceAccountRef[];
}

/** What "show audience" adds to the network view: the owner's audience known only as such. */
export interface AudienceGraph {
  takenAt: string | null;
  total: number;
  accounts: Array<{ accountId: string; follower: boolean; following: boolean }>;
}

/** X's link to an account known by id. */
export const xAccountLink = (accountId: string) => `https://twitter.com/intent/user?user_id=${accountId}`;
