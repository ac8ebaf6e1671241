// Parses community data collected with the X API v2 — one JSON response per line
// ({"data":[…],"includes":{"users":[…],"tweets":[…]},"meta":{…}}), or one post per line as
// `twarc2 flatten` writes it (x-api-twarc.ts) — into the authors, the people they replied to,
// quoted, reposted and mentioned, and their audience. Streamed line by line: collections reach
// gigabytes. Pages of follower / following lists written by `twarc2 followers` / `twarc2 following`
// (their `__twarc.url` names whose list it is, `__twarc.retrieved_at` when) are an audience
// snapshot of that account, not people.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { InteractionKind } from '../../../shared/domain';
import { emptyBundle, ImportError, type ImportBundle, type ImportedInteraction, type ImportedPerson } from './bundle';
import { asImportError, displayName, isObject, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, parseIsoDate, type ParseOptions } from './common';
import { jsonIssueReason } from './json-issue';
import { isFlattenedPost, responseOfFlattenedPost } from './x-api-twarc';
import type { ImportWarningReason } from '../../../shared/import-reasons';

/** A line longer than this is not one API response (a page holds at most a few MB). */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** Warnings kept word for word; beyond, they are only counted. */
const MAX_WARNINGS = 1_000;

// ---------------------------------------------------------------------------------------------
// Shapes of what we read; everything else in a response (public_metrics of posts, attachments,
// context annotations…) is passed over.

const idString = z.string().regex(/^\d{1,25}$/, 'expected a numeric id string');
const username = z.string().regex(/^[A-Za-z0-9_]{1,50}$/, 'expected an X username (letters, digits, _)');
const count = z.number().int('expected a whole number').nonnegative('expected a count ≥ 0');

const mentionShape = z.object({
  username,
  id: idString.optional(),
  start: z.number().optional(),
  end: z.number().optional(),
});

const referenceShape = z.object({
  type: z.enum(['replied_to', 'quoted', 'retweeted']),
  id: idString,
});

const tweetShape = z.object({
  id: idString,
  author_id: idString,
  created_at: z.string().max(60).optional(),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  in_reply_to_user_id: idString.optional(),
  referenced_tweets: z.array(referenceShape).max(100).optional(),
  entities: z.object({ mentions: z.array(mentionShape).max(1_000).optional() }).optional(),
});
type Tweet = z.infer<typeof tweetShape>;

const ID = /^\d{1,25}$/;
const USERNAME = /^[A-Za-z0-9_]{1,50}$/;
const optString = (v: unknown, max: number): boolean => v === undefined || (typeof v === 'string' && v.length <= max);
const optId = (v: unknown): boolean => v === undefined || (typeof v === 'string' && ID.test(v));

/**
 * The common case checked by hand: zod costs several seconds on a million posts. Accepts only
 * what tweetShape accepts; anything else goes through zod, which says what is wrong.
 */
function quickTweet(v: unknown): Tweet | null {
  if (!isObject(v)) return null;
  if (typeof v.id !== 'string' || !ID.test(v.id) || typeof v.author_id !== 'string' || !ID.test(v.author_id)) return null;
  if (!optString(v.created_at, 60) || !optString(v.text, MAX_TEXT_LENGTH) || !optId(v.in_reply_to_user_id)) return null;
  const refs = v.referenced_tweets;
  if (refs !== undefined) {
    if (!Array.isArray(refs) || refs.length > 100) return null;
    for (const r of refs) {
      if (!isObject(r) || (r.type !== 'replied_to' && r.type !== 'quoted' && r.type !== 'retweeted') || typeof r.id !== 'string' || !ID.test(r.id)) return null;
    }
  }
  const entities = v.entities;
  if (entities !== undefined) {
    if (!isObject(entities)) return null;
    const mentions = entities.mentions;
    if (mentions !== undefined) {
      if (!Array.isArray(mentions) || mentions.length > 1_000) return null;
      for (const m of mentions) {
        if (!isObject(m) || typeof m.username !== 'string' || !USERNAME.test(m.username) || !optId(m.id)) return null;
        if ((m.start !== undefined && typeof m.start !== 'number') || (m.end !== undefined && typeof m.end !== 'number')) return null;
      }
    }
  }
  return v as Tweet;
}

/** A post in includes.tweets: only who wrote it matters (the target of a reply, quote or repost). */
const includedTweetShape = z.object({ id: idString, author_id: idString.optional() });

const userShape = z.object({
  id: idString,
  username,
  name: z.string().max(MAX_NAME_LENGTH).optional(),
  description: z.string().max(MAX_TEXT_LENGTH).optional(),
  public_metrics: z.object({ followers_count: count.optional() }).optional(),
});

/** twarc2's record of the request a page answers: a follower or following list names its account. */
const FOLLOW_LIST_URL = /\/2\/users\/(\d{1,25})\/(followers|following)(?:[/?#]|$)/;

const followListShape = z.object({
  data: z
    .array(z.object({ id: idString, username: username.optional(), name: z.string().max(MAX_NAME_LENGTH).optional() }))
    .max(100_000)
    .optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
  errors: z.array(z.unknown()).max(100_000).optional(),
  __twarc: z.object({ url: z.string().max(MAX_TEXT_LENGTH), retrieved_at: z.string().max(60).optional() }),
});

/** Whose follower (following) list a line is, when twarc2 recorded the request; null for anything else. */
function followListRequest(value: unknown): { account: string; side: 'followers' | 'following' } | null {
  if (!isObject(value) || !isObject(value.__twarc) || typeof value.__twarc.url !== 'string') return null;
  const m = value.__twarc.url.match(FOLLOW_LIST_URL);
  return m ? { account: m[1]!, side: m[2] as 'followers' | 'following' } : null;
}

const apiErrorShape = z.object({
  title: z.string().max(MAX_TEXT_LENGTH).optional(),
  detail: z.string().max(MAX_TEXT_LENGTH).optional(),
  message: z.string().max(MAX_TEXT_LENGTH).optional(),
});

const responseShape = z.object({
  // An array from search/timelines, one post from the filtered stream.
  data: z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown())], { error: 'expected an array of posts (or one post object, from the filtered stream)' })
    .optional(),
  includes: z
    .object({
      users: z.array(userShape).max(100_000).optional(),
      tweets: z.array(includedTweetShape).max(100_000).optional(),
    })
    .optional(),
  errors: z.array(apiErrorShape).max(100_000).optional(),
  // A failed request answers with a bare problem object: {"title":"Too Many Requests","status":429,…}.
  title: z.string().max(MAX_TEXT_LENGTH).optional(),
  detail: z.string().max(MAX_TEXT_LENGTH).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

type Response = z.infer<typeof responseShape>;

/** Like quickTweet, for the envelope and includes: accepts only what responseShape accepts. */
function quickResponse(v: unknown): Response | null {
  if (!isObject(v) || v.errors !== undefined || v.title !== undefined || v.detail !== undefined) return null;
  if (v.data !== undefined && !Array.isArray(v.data) && !isObject(v.data)) return null;
  if (v.meta !== undefined && !isObject(v.meta)) return null;
  const includes = v.includes;
  if (includes !== undefined) {
    if (!isObject(includes)) return null;
    const { users, tweets } = includes;
    if (users !== undefined) {
      if (!Array.isArray(users) || users.length > 100_000) return null;
      for (const u of users) {
        if (!isObject(u) || typeof u.id !== 'string' || !ID.test(u.id) || typeof u.username !== 'string' || !USERNAME.test(u.username)) return null;
        if (!optString(u.name, MAX_NAME_LENGTH) || !optString(u.description, MAX_TEXT_LENGTH)) return null;
        const metrics = u.public_metrics;
        if (metrics !== undefined) {
          if (!isObject(metrics)) return null;
          const f = metrics.followers_count;
          if (f !== undefined && !(typeof f === 'number' && Number.isSafeInteger(f) && f >= 0)) return null;
        }
      }
    }
    if (tweets !== undefined) {
      if (!Array.isArray(tweets) || tweets.length > 100_000) return null;
      for (const t of tweets) if (!isObject(t) || typeof t.id !== 'string' || !ID.test(t.id) || !optId(t.author_id)) return null;
    }
  }
  return v as Response;
}

/** The zod issue as an ImportError: line, JSON path (data[3].entities.mentions[0].username), field, what was expected. */
function zodIssue(file: string, error: z.ZodError, line: number, prefix: Array<string | number> = []): ImportError {
  const issue = error.issues[0]!;
  const parts = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const path = parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const field = [...parts].reverse().find((p): p is string => typeof p === 'string');
  let reason: string;
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    reason = input === undefined ? `expected ${issue.expected}, but the field is missing` : `expected ${issue.expected}, got ${describe(input)}`;
  } else if (issue.code === 'invalid_value') {
    reason = `expected one of ${issue.values.map(String).join(', ')}, got ${describe((issue as { input?: unknown }).input)}`;
  } else if (issue.code === 'too_big') {
    reason = `too long: at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'} expected`;
  } else {
    const input = (issue as { input?: unknown }).input;
    reason = input === undefined ? issue.message : `${issue.message}, got ${describe(input)}`;
  }
  return new ImportError(file, reason, { line, ...(path ? { path } : {}), ...(field !== undefined ? { field } : {}) }, jsonIssueReason(issue, reason));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const API_DATE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The API's "2024-03-05T09:12:44.000Z" as is (checked without building a Date: a million posts); any other ISO form through parseIsoDate. */
function apiDate(raw: string): string | null {
  const m = raw.match(API_DATE);
  if (!m) return parseIsoDate(raw);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && !leap ? 28 : DAYS[mo - 1]!) || y < 1900 || y > 2200) return null;
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Line reader: bytes split on \n, each line decoded strictly as UTF-8.

async function* jsonLines(path: string, file: string, onBytes: (n: number) => void): AsyncGenerator<{ line: number; text: string }> {
  let carry: Buffer[] = [];
  let carried = 0;
  let line = 0;
  const decode = (bytes: Buffer): string => {
    line++;
    if (line === 1 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      throw new ImportError(file, 'the file is UTF-16 encoded; expected UTF-8 JSON Lines', { line }, { key: 'utf16' });
    }
    if (bytes.indexOf(0) >= 0) throw new ImportError(file, 'the line contains NUL bytes: the file is binary or UTF-16, expected UTF-8 JSON Lines', { line }, { key: 'nulBytes' });
    // isUtf8 is the strict check (as TextDecoder's fatal mode), several times faster on GB files.
    if (!isUtf8(bytes)) throw new ImportError(file, 'the line is not valid UTF-8 (Latin-1/Windows-1252 or binary data?); expected UTF-8 JSON Lines', { line }, { key: 'jsonlNotUtf8' });
    const hasBom = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bytes.toString('utf8', hasBom ? 3 : 0);
  };
  let stream: ReturnType<typeof createReadStream>;
  try {
    stream = createReadStream(path, { highWaterMark: 1 << 20 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      let nl = chunk.indexOf(0x0a, start);
      while (nl >= 0) {
        let bytes = chunk.subarray(start, nl);
        if (carried > 0) {
          bytes = Buffer.concat([...carry, bytes]);
          carry = [];
          carried = 0;
        }
        yield { line: line + 1, text: decode(bytes) };
        start = nl + 1;
        nl = chunk.indexOf(0x0a, start);
      }
      if (start < chunk.length) {
        carry.push(chunk.subarray(start));
        carried += chunk.length - start;
        if (carried > MAX_LINE_BYTES) {
          const max = MAX_LINE_BYTES / 1024 / 1024;
          throw new ImportError(file, `the line is longer than ${max} MB: expected one JSON response per line (JSON Lines)`, { line: line + 1 }, { key: 'jsonlLineTooLong', params: { max } });
        }
      }
      onBytes(chunk.length);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  }
  if (carried > 0) yield { line: line + 1, text: decode(Buffer.concat(carry)) };
}

// ---------------------------------------------------------------------------------------------

interface UserInfo {
  /** "x:<id>", one string shared by every interaction of the user (a million posts). */
  key: string;
  username?: string;
  /** Line where the username was last seen: a handle goes to the last id seen with it. */
  usernameLine: number;
  name?: string;
  followers?: number;
  /** When `followers` was counted, when a follower list's page says (twarc2's retrieved_at). */
  followersAt?: string;
  description?: string;
  originalPosts: number;
  reposts: number;
  author: boolean;
}

export async function parseXApiJsonl(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    return await readJsonl(path, file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

function addTarget(targets: Map<string, InteractionKind>, author: string, target: string, kind: InteractionKind): void {
  if (target !== author && !targets.has(target)) targets.set(target, kind);
}

async function readJsonl(path: string, file: string, options: ParseOptions): Promise<ImportBundle> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    const detail = error.code ?? String(error);
    throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  });
  if (info.isDirectory()) throw new ImportError(file, 'is a folder; expected a JSON Lines file (.jsonl)', {}, { key: 'jsonlIsFolder' });
  const total = info.size;
  let done = 0;
  const onBytes = (n: number): void => {
    done += n;
    options.onProgress?.(Math.min(done, total), total);
  };

  const bundle = emptyBundle('x-api-jsonl');
  let dropped = 0;
  const warn = (line: number, message: string, why: ImportWarningReason): void => {
    if (bundle.warnings.length < MAX_WARNINGS) bundle.warnings.push({ line, message, why });
    else dropped++;
  };

  const users = new Map<string, UserInfo>();
  const user = (id: string): UserInfo => {
    let u = users.get(id);
    if (!u) {
      u = { key: `x:${id}`, usernameLine: 0, originalPosts: 0, reposts: 0, author: false };
      users.set(id, u);
    }
    return u;
  };
  const seeUsername = (id: string, name: string, line: number): void => {
    const u = user(id);
    u.username = name.toLowerCase();
    u.usernameLine = line;
  };
  /** Mentions of users X no longer knows carry a username and no id. */
  const handleOnly = new Set<string>();
  /** Who wrote each post seen so far (includes.tweets and data), to find the target of a reply, quote or repost. */
  const authorOf = new Map<string, string>();
  const seenTweets = new Set<string>();
  /** Posts whose target was not in the same response: resolved once every line is read. */
  const unresolved: Array<{ tweet: string; kind: InteractionKind; ref: string; from: string; at: string | undefined; line: number }> = [];
  let interactions: ImportedInteraction[] = [];
  const pendingTargets = new Map<string, Map<string, InteractionKind>>();
  let responses = 0;
  /** Follower / following lists by account: the ids, and the latest retrieval time of their pages. */
  const followLists = new Map<string, { followers: Set<string> | null; followings: Set<string> | null; at: string | undefined }>();
  /** The latest post of the file: its follower counts were read when it was collected, no earlier. */
  let latestPost: string | undefined;

  for await (const { line, text } of jsonLines(path, file, onBytes)) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('window.YTD.')) {
      throw new ImportError(file, 'this is a file of an X archive (window.YTD…); expected X API v2 responses, one JSON object per line — import the archive as "x-archive"', { line }, { key: 'jsonlIsXArchive' });
    }
    if (trimmed[0] !== '{') {
      const found = trimmed.slice(0, 20);
      throw new ImportError(file, `expected a JSON object per line (an X API v2 response), found ${JSON.stringify(found)}`, { line }, { key: 'jsonlNotObject', params: { value: found } });
    }
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const message = (error as Error).message;
      const position = message.match(/at position (\d+)/);
      const cut = /end of (JSON )?input|Unterminated string/i.test(message) || (position !== null && Number(position[1]) >= trimmed.length);
      if (cut) throw new ImportError(file, 'the JSON object does not end on this line (the file may be truncated, or be pretty-printed JSON); expected one complete JSON object per line', { line }, { key: 'jsonlCutObject' });
      throw new ImportError(file, `not valid JSON (${message})`, { line }, { key: 'jsonlNotJson', params: { detail: message } });
    }
    const list = followListRequest(value);
    if (list) {
      const page = followListShape.safeParse(value, { reportInput: true });
      if (!page.success) throw zodIssue(file, page.error, line);
      responses++;
      const lists = followLists.get(list.account) ?? { followers: null, followings: null, at: undefined };
      followLists.set(list.account, lists);
      const ids = list.side === 'followers' ? (lists.followers ??= new Set()) : (lists.followings ??= new Set());
      for (const u of page.data.data ?? []) if (u.id !== list.account) ids.add(u.id);
      const retrieved = page.data.__twarc.retrieved_at;
      if (retrieved !== undefined) {
        const at = apiDate(retrieved);
        if (!at || at.length <= 10) {
          const example = '2024-05-03T00:00:00+00:00';
          throw new ImportError(
            file,
            `expected the date-time twarc2 retrieved the page, like "${example}", got ${describe(retrieved)}`,
            { line, path: '__twarc.retrieved_at', field: 'retrieved_at' },
            { key: 'notADateTime', params: { value: retrieved, example } },
          );
        }
        const instant = new Date(at).toISOString();
        if (lists.at === undefined || instant > lists.at) lists.at = instant;
      }
      continue;
    }
    // twarc's flattened lines hold one post with its includes copied in: read as the response they came from.
    let flattened = false;
    if (isFlattenedPost(value)) {
      flattened = true;
      value = responseOfFlattenedPost(value);
    }
    let response = quickResponse(value);
    if (!response) {
      const parsed = responseShape.safeParse(value, { reportInput: true });
      if (!parsed.success) throw zodIssue(file, parsed.error, line);
      response = parsed.data;
    }
    if (response.data === undefined && response.errors === undefined && response.title !== undefined) {
      const detail = response.detail ?? response.title;
      warn(line, `an error response (${detail}) passed over`, { key: 'errorResponse', params: { detail } });
      continue;
    }
    if (response.data === undefined && response.errors === undefined && response.meta === undefined && response.includes === undefined) {
      throw new ImportError(file, 'expected an X API v2 response ({"data": [...], "includes": {...}, "meta": {...}}); the object has none of these', { line }, { key: 'jsonlNotResponse' });
    }
    responses++;
    if (response.errors && response.errors.length > 0) {
      const first = response.errors[0]!;
      const detail = first.detail ?? first.message ?? first.title ?? 'no detail';
      const count = response.errors.length;
      if (response.data === undefined) warn(line, `an error response (${detail}) passed over`, { key: 'errorResponse', params: { detail } });
      else warn(line, `the response reports ${count} error(s), e.g. "${detail}"`, { key: 'responseErrors', params: { count, detail } });
    }

    for (const u of response.includes?.users ?? []) {
      const info = user(u.id);
      if (line >= info.usernameLine) seeUsername(u.id, u.username, line);
      if (u.name?.trim()) info.name = u.name.trim();
      const followers = u.public_metrics?.followers_count;
      if (followers !== undefined) info.followers = followers;
      if (u.description?.trim()) info.description = u.description.trim();
    }
    for (const t of response.includes?.tweets ?? []) if (t.author_id) authorOf.set(t.id, t.author_id);

    const rawTweets = response.data === undefined ? [] : Array.isArray(response.data) ? response.data : [response.data];
    const single = response.data !== undefined && !Array.isArray(response.data);
    for (let i = 0; i < rawTweets.length; i++) {
      let tweet = quickTweet(rawTweets[i]);
      if (!tweet) {
        const checked = tweetShape.safeParse(rawTweets[i], { reportInput: true });
        if (!checked.success) throw zodIssue(file, checked.error, line, flattened ? [] : single ? ['data'] : ['data', i]);
        tweet = checked.data;
      }
      authorOf.set(tweet.id, tweet.author_id);
      if (seenTweets.has(tweet.id)) continue;
      seenTweets.add(tweet.id);
      let at: string | undefined;
      if (tweet.created_at !== undefined) {
        at = apiDate(tweet.created_at) ?? undefined;
        if (!at) {
          const example = '2023-02-18T19:45:15.000Z';
          throw new ImportError(
            file,
            `expected an ISO 8601 date like "${example}", got ${describe(tweet.created_at)}`,
            { line, path: flattened ? 'created_at' : `${single ? 'data' : `data[${i}]`}.created_at`, field: 'created_at' },
            { key: 'notADate', params: { value: tweet.created_at, example } },
          );
        }
      }
      if (at !== undefined && (latestPost === undefined || at > latestPost)) latestPost = at;
      readTweet(tweet, at, line);
    }
  }

  function readTweet(tweet: Tweet, at: string | undefined, line: number): void {
    const author = tweet.author_id;
    const info = user(author);
    info.author = true;
    const targets = new Map<string, InteractionKind>();
    const add = addTarget.bind(null, targets, author);
    const retweet = tweet.referenced_tweets?.find((r) => r.type === 'retweeted');
    const mentions = tweet.entities?.mentions ?? [];
    for (const m of mentions) {
      if (m.id) seeUsername(m.id, m.username, Math.max(line, users.get(m.id)?.usernameLine ?? 0));
    }
    if (retweet) {
      info.reposts++;
      const target = authorOf.get(retweet.id);
      if (target) add(target, 'repost');
      else {
        // Without includes.tweets, the text "RT @user:" and its mention still name the author.
        const handle = (tweet.text ?? '').match(/^RT @([A-Za-z0-9_]{1,50}):/)?.[1]?.toLowerCase();
        const m = handle ? mentions.find((x) => x.username.toLowerCase() === handle && x.id) : undefined;
        if (m?.id) add(m.id, 'repost');
        else unresolved.push({ tweet: tweet.id, kind: 'repost', ref: retweet.id, from: author, at, line });
      }
      // The other mentions of a repost are the original author's, not the reposter's.
      emit(tweet, targets, at);
      return;
    }
    info.originalPosts++;
    if (tweet.in_reply_to_user_id) add(tweet.in_reply_to_user_id, 'reply');
    else {
      const replied = tweet.referenced_tweets?.find((r) => r.type === 'replied_to');
      if (replied) {
        const target = authorOf.get(replied.id);
        if (target) add(target, 'reply');
        else unresolved.push({ tweet: tweet.id, kind: 'reply', ref: replied.id, from: author, at, line });
      }
    }
    for (const quoted of tweet.referenced_tweets?.filter((r) => r.type === 'quoted') ?? []) {
      const target = authorOf.get(quoted.id);
      if (target) add(target, 'quote');
      else unresolved.push({ tweet: tweet.id, kind: 'quote', ref: quoted.id, from: author, at, line });
    }
    for (const m of mentions) {
      if (m.id) add(m.id, 'mention');
      else {
        const handle = m.username.toLowerCase();
        handleOnly.add(handle);
        add(`@${handle}`, 'mention');
      }
    }
    emit(tweet, targets, at);
  }

  function emit(tweet: Tweet, targets: Map<string, InteractionKind>, at: string | undefined): void {
    if (unresolved.length > 0 && unresolved.at(-1)!.tweet === tweet.id) pendingTargets.set(tweet.id, targets);
    for (const [target, kind] of targets) {
      const interaction: ImportedInteraction = {
        from: user(tweet.author_id).key,
        to: target.startsWith('@') ? `x:${target}` : user(target).key,
        kind,
        channel: 'x',
        externalId: `x:tweet:${tweet.id}:${kind}:${target.startsWith('@') ? target.slice(1) : target}`,
      };
      if (at) interaction.at = at;
      interactions.push(interaction);
    }
  }

  // Replies, quotes and reposts of posts that a later response included.
  const superseded = new Set<string>();
  for (const u of unresolved) {
    const target = authorOf.get(u.ref);
    if (!target) {
      const key = u.kind === 'reply' ? 'replyAuthorMissing' : u.kind === 'quote' ? 'quoteAuthorMissing' : 'repostAuthorMissing';
      warn(u.line, `post ${u.tweet} is a ${u.kind} of post ${u.ref}, whose author is not in the file (request expansions=referenced_tweets.id); passed over`, {
        key,
        params: { post: u.tweet, ref: u.ref },
      });
      continue;
    }
    if (target === u.from) continue;
    const perTweet = pendingTargets.get(u.tweet) ?? new Map<string, InteractionKind>();
    pendingTargets.set(u.tweet, perTweet);
    const had = perTweet.get(target);
    if (had !== undefined && had !== 'mention') continue;
    // A mention of the same user by the same post gives way to the stronger kind.
    if (had === 'mention') superseded.add(`x:tweet:${u.tweet}:mention:${target}`);
    perTweet.set(target, u.kind);
    user(target);
    interactions.push({ from: `x:${u.from}`, to: `x:${target}`, kind: u.kind, channel: 'x', ...(u.at ? { at: u.at } : {}), externalId: `x:tweet:${u.tweet}:${u.kind}:${target}` });
  }

  if (responses === 0 && bundle.warnings.length === 0) throw new ImportError(file, 'the file is empty; expected X API v2 responses, one JSON object per line', {}, { key: 'jsonlEmpty' });

  // A follower list is its account's audience snapshot; the account is a person (whose list it is),
  // the accounts listed are not. Its size is the account's follower count when the API gave none.
  for (const [account, lists] of followLists) {
    const info = user(account);
    if (lists.followers && info.followers === undefined) {
      info.followers = lists.followers.size;
      if (lists.at) info.followersAt = lists.at;
    }
    (bundle.audiences ??= []).push({
      of: info.key,
      accountId: account,
      ...(lists.at ? { takenAt: lists.at, dateSource: 'collection' as const } : {}),
      followers: lists.followers ? [...lists.followers] : null,
      followings: lists.followings ? [...lists.followings] : null,
      ownerOnly: true,
    });
  }

  // Each handle goes to the user it was last seen with (X lets handles change hands).
  const handleOwner = new Map<string, { id: string; line: number }>();
  for (const [id, u] of users) {
    if (!u.username) continue;
    const prev = handleOwner.get(u.username);
    if (!prev || u.usernameLine >= prev.line) handleOwner.set(u.username, { id, line: u.usernameLine });
  }
  for (const [id, u] of users) {
    const person: ImportedPerson = { key: u.key, name: u.name ?? '', handles: [] };
    if (u.username && handleOwner.get(u.username)?.id === id) person.handles.push({ kind: 'x', value: u.username });
    person.handles.push({ kind: 'x_id', value: id });
    if (u.followers !== undefined) person.followers = u.followers;
    if (u.followersAt !== undefined) person.followersAt = u.followersAt;
    if (u.description) person.notes = u.description;
    if (u.author) {
      person.originalPosts = u.originalPosts;
      person.reposts = u.reposts;
    }
    bundle.people.push(person);
  }
  for (const handle of handleOnly) {
    if (!handleOwner.has(handle)) bundle.people.push({ key: `x:@${handle}`, name: '', handles: [{ kind: 'x', value: handle }] });
  }
  if (handleOnly.size > 0 || superseded.size > 0) {
    // A mention by username alone joins the user known by id with that username elsewhere in the file.
    interactions = interactions.filter((x) => {
      if (x.to.startsWith('x:@')) {
        const owner = handleOwner.get(x.to.slice(3));
        if (owner) {
          if (`x:${owner.id}` === x.from) return false;
          x.to = `x:${owner.id}`;
          x.externalId = x.externalId!.replace(/[^:]+$/, owner.id);
        }
      }
      return !superseded.has(x.externalId!);
    });
  }
  bundle.interactions = interactions;
  if (latestPost !== undefined) bundle.countedAt = latestPost;
  if (dropped > 0) bundle.warnings.push({ message: `${dropped} more warnings not shown`, why: { key: 'moreWarnings', params: { count: dropped } } });
  options.onProgress?.(total, total);
  return bundle;
}
