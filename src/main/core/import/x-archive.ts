// Parses an X (Twitter) archive — the downloaded .zip or its unpacked folder — into the owner,
// the people they replied to, quoted, reposted and mentioned, and their followers/following.
// Only data/account.js, data/manifest.js (the archive's generation date), data/tweet(s)[-partN].js
// and data/follower|following[-partN].js are read, one entry at a time and streamed; the dozens of
// other files and media are never opened. Followers and followings are the owner's audience, a
// dated snapshot (bundle.audience), not people: only accounts the posts also name become people.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { z } from 'zod';
import type { InteractionKind } from '../../../shared/domain';
import { emptyBundle, ImportError, type ImportBundle, type ImportedInteraction, type ImportedPerson } from './bundle';
import { asImportError, displayName, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, parseIsoDate, parseTwitterDate, type ParseOptions } from './common';
import { jsonIssueReason, X_NUMERIC_ID_MESSAGE, X_USERNAME_MESSAGE } from './json-issue';
import { OWNER_KEY } from './linkedin';
import { YtdReader } from './ytd';

const TWEETS_FILE = /^(?:tweets|tweet)(?:-part(\d+))?\.js$/;
const FOLLOW_FILE = /^(follower|following)(?:-part(\d+))?\.js$/;
/** A link to a post: https://twitter.com/<user>/status/<id> or https://x.com/… (mobile., www. too). */
const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d+)/i;
const RETWEET_PREFIX = /^RT @([A-Za-z0-9_]{1,50}):/;
/** Paths like /i/web/status/<id> name no user. */
const NOT_USERS = new Set(['i', 'intent', 'home', 'search', 'hashtag', 'share']);

// ---------------------------------------------------------------------------------------------
// Shapes of the entries we read (numbers are strings in real archives; accept both).

const numeric = z.union([z.string().max(40), z.number()]);
const idString = z.string().regex(/^-?\d{1,25}$/, X_NUMERIC_ID_MESSAGE);
const shortText = z.string().max(MAX_NAME_LENGTH);

const accountEntry = z.object({
  account: z.object({
    username: z.string().regex(/^[A-Za-z0-9_]{1,50}$/, X_USERNAME_MESSAGE),
    accountId: idString,
    accountDisplayName: shortText.optional(),
    email: shortText.optional(),
    createdVia: shortText.optional(),
    createdAt: shortText.optional(),
  }),
});

const mentionShape = z.object({
  screen_name: z.string().regex(/^[A-Za-z0-9_]{1,50}$/, X_USERNAME_MESSAGE),
  name: shortText.optional(),
  id_str: z.string().max(40).optional(),
  indices: z.array(numeric).max(2).optional(),
});

const tweetShape = z.object({
  id_str: idString,
  full_text: z.string().max(MAX_TEXT_LENGTH).optional(),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  created_at: z.string().max(60),
  in_reply_to_status_id_str: idString.optional().nullable(),
  in_reply_to_user_id_str: idString.optional().nullable(),
  in_reply_to_screen_name: z.string().max(50).optional().nullable(),
  favorite_count: numeric.optional(),
  retweet_count: numeric.optional(),
  entities: z
    .object({
      user_mentions: z.array(mentionShape).max(1_000).optional(),
      urls: z.array(z.object({ expanded_url: z.string().max(MAX_TEXT_LENGTH).optional() })).max(1_000).optional(),
    })
    .optional(),
});
type Tweet = z.infer<typeof tweetShape>;

const followShape = z.object({ accountId: idString, userLink: z.string().max(MAX_TEXT_LENGTH).optional() });

/** data/manifest.js: `window.__THAR_CONFIG = { "archiveInfo": { "generationDate": "2023-03-01T00:00:00.000Z", … }, … }`. */
const MANIFEST_PREFIX = /^\s*window\.__THAR_CONFIG\s*=\s*/;
const manifestShape = z.object({
  archiveInfo: z.object({ generationDate: z.string().max(60) }).optional(),
});
/** The manifest is a few kB (it lists the archive's data types); far more is not a manifest. */
const MAX_MANIFEST_BYTES = 8 * 1024 ** 2;

function zodIssue(file: string, error: z.ZodError, index: number, line: number): ImportError {
  const issue = error.issues[0]!;
  const path = `[${index}]${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
  const field = [...issue.path].reverse().find((p) => typeof p === 'string');
  const expectedText = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message;
  return new ImportError(file, expectedText, { line, path, ...(field !== undefined ? { field: String(field) } : {}) }, jsonIssueReason(issue, expectedText));
}

// ---------------------------------------------------------------------------------------------
// Sources: a zip read with yauzl, or a folder.

interface ArchiveSource {
  /** Paths relative to the archive root (the folder holding data/), with sizes. */
  entries: Array<{ name: string; size: number }>;
  open(name: string): Promise<Readable>;
  close(): void;
}

/** Largest data/*.js entry accepted (the biggest real tweets.js files are a few hundred MB). */
const MAX_ENTRY_BYTES = 4 * 1024 ** 3;
/** Largest compression ratio accepted for an entry over 64 MB. */
const MAX_RATIO = 100;

function openZip(path: string, file: string): Promise<ArchiveSource> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) {
        const detail = err?.message ?? 'unknown error';
        reject(new ImportError(file, `not a readable zip archive (${detail})`, {}, { key: 'notZip', params: { detail } }));
        return;
      }
      const all = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        all.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('error', (e: Error) => {
        zip.close();
        reject(new ImportError(file, `damaged zip archive (${e.message})`, {}, { key: 'damagedZip', params: { detail: e.message } }));
      });
      zip.on('end', () => {
        // The archive root is the folder holding data/account.js (X puts it at the top; a re-zipped
        // folder adds one level).
        const account = [...all.keys()]
          .filter((n) => /(?:^|\/)data\/account\.js$/.test(n))
          .sort((a, b) => a.length - b.length)[0];
        const root = account ? account.slice(0, account.length - 'data/account.js'.length) : '';
        const entries: ArchiveSource['entries'] = [];
        for (const [name, entry] of all) {
          if (name.startsWith(root) && !name.endsWith('/')) entries.push({ name: name.slice(root.length), size: entry.uncompressedSize });
        }
        resolve({
          entries,
          open: (name) =>
            new Promise((res, rej) => {
              const entry = all.get(root + name)!;
              if (entry.isEncrypted()) {
                rej(new ImportError(`${file}/${name}`, 'the entry is encrypted; expected a plain X archive', {}, { key: 'xEntryEncrypted' }));
                return;
              }
              // A zip bomb is refused before a byte is inflated: X's JSON compresses about 5–15×,
              // so a large entry that claims far more is not an X archive.
              if (entry.uncompressedSize > MAX_ENTRY_BYTES || (entry.uncompressedSize > 64 * 1024 ** 2 && entry.uncompressedSize > MAX_RATIO * entry.compressedSize)) {
                const size = Math.round(entry.uncompressedSize / 1024 ** 2);
                const compressed = Math.round(entry.compressedSize / 1024);
                rej(
                  new ImportError(
                    `${file}/${name}`,
                    `the entry expands to ${size} MB from ${compressed} kB compressed; refused as a zip bomb (X archives compress about 10×)`,
                    {},
                    { key: 'zipBomb', params: { size, compressed } },
                  ),
                );
                return;
              }
              zip.openReadStream(entry, (e, stream) => {
                const detail = e?.message ?? 'unknown error';
                if (e || !stream) rej(new ImportError(`${file}/${name}`, `cannot read the entry (${detail})`, {}, { key: 'cannotReadEntry', params: { detail } }));
                else res(stream);
              });
            }),
          close: () => zip.close(),
        });
      });
      zip.readEntry();
    });
  });
}

async function openFolder(path: string): Promise<ArchiveSource> {
  let names: string[] = [];
  try {
    names = await readdir(join(path, 'data'));
  } catch {
    // No data/ folder: reported as a missing account.js below.
  }
  const entries: ArchiveSource['entries'] = [];
  for (const name of names) {
    if (name === 'account.js' || name === 'manifest.js' || TWEETS_FILE.test(name) || FOLLOW_FILE.test(name)) {
      const info = await stat(join(path, 'data', name));
      if (info.isFile()) entries.push({ name: `data/${name}`, size: info.size });
    }
  }
  return {
    entries,
    open: async (name) => createReadStream(join(path, name)),
    close: () => undefined,
  };
}

/** Streams one entry through a strict UTF-8 decoder into a YtdReader. */
async function readEntry(
  source: ArchiveSource,
  name: string,
  file: string,
  onElement: (value: unknown, index: number, line: number) => void,
  onBytes: (n: number) => void,
): Promise<void> {
  const reader = new YtdReader(file, onElement);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = await source.open(name);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new ImportError(file, 'the entry is not valid UTF-8 text', {}, { key: 'entryNotUtf8' });
      }
      reader.push(text);
      onBytes(chunk.length);
    }
    try {
      reader.push(decoder.decode());
    } catch {
      throw new ImportError(file, 'the entry ends inside a UTF-8 character (it may be truncated)', {}, { key: 'truncatedUtf8' });
    }
    reader.end();
  } catch (error) {
    stream.destroy();
    if (error instanceof ImportError) throw error;
    const detail = (error as Error).message;
    throw new ImportError(file, `cannot read the entry (${detail})`, {}, { key: 'cannotReadEntry', params: { detail } });
  }
}

/**
 * The archive's generation date from data/manifest.js, as an ISO instant; undefined when the
 * archive has no manifest or the manifest gives no date (older archives). A manifest that is
 * there but unreadable is refused, naming the field.
 */
async function readGenerationDate(source: ArchiveSource, file: string, onBytes: (n: number) => void): Promise<string | undefined> {
  const entry = source.entries.find((e) => e.name === 'data/manifest.js');
  if (!entry) return undefined;
  const name = `${file}/${entry.name}`;
  if (entry.size > MAX_MANIFEST_BYTES) {
    const size = Math.round(entry.size / 1024 ** 2);
    throw new ImportError(name, `the manifest is ${size} MB; expected a few kB`, {}, { key: 'manifestTooLarge', params: { size } });
  }
  const stream = await source.open(entry.name);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    onBytes(chunk.length);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ImportError(name, 'the entry is not valid UTF-8 text', {}, { key: 'entryNotUtf8' });
  }
  const prefix = text.match(MANIFEST_PREFIX);
  if (!prefix) throw new ImportError(name, 'expected "window.__THAR_CONFIG = {…}" (the manifest of an X archive)', { line: 1 }, { key: 'manifestBadStart' });
  let value: unknown;
  try {
    value = JSON.parse(text.slice(prefix[0].length).trim().replace(/;$/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    throw new ImportError(name, `not valid JSON after "window.__THAR_CONFIG =" (${detail})`, {}, { key: 'manifestNotJson', params: { detail } });
  }
  const parsed = manifestShape.safeParse(value, { reportInput: true });
  if (!parsed.success) throw zodIssue(name, parsed.error, 0, 1);
  const raw = parsed.data.archiveInfo?.generationDate;
  if (raw === undefined) return undefined;
  const at = parseIsoDate(raw);
  if (!at || at.length <= 10) {
    const example = '2023-03-01T00:00:00.000Z';
    throw new ImportError(name, `"${raw}" is not a date-time; expected like "${example}"`, { path: 'archiveInfo.generationDate', field: 'generationDate' }, { key: 'notADateTime', params: { value: raw, example } });
  }
  return at;
}

// ---------------------------------------------------------------------------------------------

/** A user as a post refers to them: an id, a handle, or both. */
interface UserRef {
  id?: string;
  handle?: string;
  name?: string;
}

interface PendingInteraction {
  target: UserRef;
  kind: InteractionKind;
  at: string;
  externalId: string;
}

const PRIORITY: Record<string, number> = { reply: 3, quote: 2, repost: 1, mention: 0 };

function knownId(id: string | null | undefined): string | undefined {
  return id && /^\d+$/.test(id) ? id : undefined;
}

export async function parseXArchive(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  let source: ArchiveSource | undefined;
  try {
    const info = await stat(path).catch(() => {
      throw new ImportError(file, 'no such file or folder', {}, { key: 'noSuchFile' });
    });
    source = info.isDirectory() ? await openFolder(path) : await openZip(path, file);
    return await readArchive(source, file, options);
  } catch (error) {
    throw asImportError(file, error);
  } finally {
    source?.close();
  }
}

async function readArchive(source: ArchiveSource, file: string, options: ParseOptions): Promise<ImportBundle> {
  const entryFile = (name: string): string => `${file}/${name}`;
  const dataFiles = source.entries.filter((e) => e.name.startsWith('data/') && !e.name.slice(5).includes('/'));
  const account = dataFiles.find((e) => e.name === 'data/account.js');
  if (!account) throw new ImportError(file, 'no data/account.js: expected an X archive (the .zip or its unpacked folder)', {}, { key: 'noXAccountFile' });
  const partOf = (name: string, re: RegExp): number => Number(name.slice(5).match(re)?.[re === FOLLOW_FILE ? 2 : 1] ?? -1);
  const tweetFiles = dataFiles.filter((e) => TWEETS_FILE.test(e.name.slice(5))).sort((a, b) => partOf(a.name, TWEETS_FILE) - partOf(b.name, TWEETS_FILE));
  const followFiles = dataFiles.filter((e) => FOLLOW_FILE.test(e.name.slice(5))).sort((a, b) => a.name.localeCompare(b.name));
  const manifest = dataFiles.filter((e) => e.name === 'data/manifest.js');
  const toRead = [account, ...manifest, ...tweetFiles, ...followFiles];
  const total = toRead.reduce((s, e) => s + e.size, 0);
  let done = 0;
  const onBytes = (n: number): void => {
    done += n;
    options.onProgress?.(Math.min(done, total), total);
  };

  // 1. The owner.
  let owner: z.infer<typeof accountEntry>['account'] | undefined;
  await readEntry(source, account.name, entryFile(account.name), (value, index, line) => {
    const parsed = accountEntry.safeParse(value, { reportInput: true });
    if (!parsed.success) throw zodIssue(entryFile(account.name), parsed.error, index, line);
    owner ??= parsed.data.account;
  }, onBytes);
  if (!owner) throw new ImportError(entryFile(account.name), 'the account list is empty; expected one account', { path: '[0]' }, { key: 'xAccountListEmpty' });
  const ownerId = owner.accountId;
  const ownerHandle = owner.username.toLowerCase();
  const generatedAt = await readGenerationDate(source, file, onBytes);

  const bundle = emptyBundle('x-archive');
  const me: ImportedPerson = {
    key: OWNER_KEY,
    name: owner.accountDisplayName?.trim() || owner.username,
    handles: [
      { kind: 'x', value: ownerHandle },
      { kind: 'x_id', value: ownerId },
    ],
    isMe: true,
    originalPosts: 0,
    reposts: 0,
  };
  const isOwner = (u: UserRef): boolean => u.id === ownerId || u.handle === ownerHandle;

  // 2. Posts → pending interactions (targets resolved to keys once every post is read).
  const pending: PendingInteraction[] = [];
  const observations: Array<{ ref: UserRef; at: string }> = [];
  const seenTweets = new Set<string>();
  let originalPosts = 0;
  let reposts = 0;
  for (const entry of tweetFiles) {
    const name = entryFile(entry.name);
    await readEntry(source, entry.name, name, (value, index, line) => {
      // Archives before 2020 list the post itself; later ones wrap it in { "tweet": … }.
      const inner = value && typeof value === 'object' && 'tweet' in value ? (value as { tweet: unknown }).tweet : value;
      const parsed = tweetShape.safeParse(inner, { reportInput: true });
      if (!parsed.success) {
        const wrapped = inner !== value;
        const error = zodIssue(name, parsed.error, index, line);
        throw wrapped ? new ImportError(name, error.reason, { ...error.where, path: error.where.path!.replace(/^\[(\d+)\]/, '[$1].tweet') }, error.why) : error;
      }
      const tweet = parsed.data;
      if (seenTweets.has(tweet.id_str)) return;
      seenTweets.add(tweet.id_str);
      const at = parseTwitterDate(tweet.created_at);
      if (!at) {
        const example = 'Sat Feb 18 19:45:15 +0000 2023';
        throw new ImportError(
          name,
          `"${tweet.created_at}" is not a date; expected like "${example}"`,
          { line, path: `[${index}]${inner !== value ? '.tweet' : ''}.created_at`, field: 'created_at' },
          { key: 'notADate', params: { value: tweet.created_at, example } },
        );
      }
      const { repost, targets } = tweetTargets(tweet);
      if (repost) reposts++;
      else originalPosts++;
      for (const item of targets) {
        if (isOwner(item.target)) {
          if (item.kind !== 'reply') {
            const message = `${name}: post ${tweet.id_str} ${item.kind === 'mention' ? 'mentions' : `is a ${item.kind} of`} its own author; passed over`;
            const key = item.kind === 'mention' ? 'ownPostMention' : item.kind === 'quote' ? 'ownPostQuote' : 'ownPostRepost';
            bundle.warnings.push({ line, message, why: { key, params: { file: name, post: tweet.id_str } } });
          }
          continue;
        }
        observations.push({ ref: item.target, at });
        pending.push({ target: item.target, kind: item.kind, at, externalId: `x:tweet:${tweet.id_str}:${item.kind}:${item.target.id ?? item.target.handle}` });
      }
    }, onBytes);
  }

  // 3. Follows: the owner's audience, known only by account id.
  const lists: Record<'follower' | 'following', Set<string> | null> = { follower: null, following: null };
  for (const entry of followFiles) {
    const name = entryFile(entry.name);
    const kind = entry.name.slice(5).match(FOLLOW_FILE)![1] as 'follower' | 'following';
    await readEntry(source, entry.name, name, (value, index, line) => {
      const wrapper = z.object({ [kind]: followShape });
      const parsed = wrapper.safeParse(value, { reportInput: true });
      if (!parsed.success) throw zodIssue(name, parsed.error, index, line);
      const id = (parsed.data[kind] as z.infer<typeof followShape>).accountId;
      const list = (lists[kind] ??= new Set());
      if (id !== ownerId) list.add(id);
    }, onBytes);
    lists[kind] ??= new Set();
  }

  // 4. Identities: one person per user id; a handle seen alone joins the id it was last seen with.
  const handleToId = new Map<string, { id: string; at: string }>();
  for (const { ref, at } of observations) {
    if (ref.id && ref.handle) {
      const prev = handleToId.get(ref.handle);
      if (!prev || prev.at <= at) handleToId.set(ref.handle, { id: ref.id, at });
    }
  }
  const people = new Map<string, ImportedPerson & { seen: string }>();
  const keyOf = (ref: UserRef): string => {
    const id = ref.id ?? (ref.handle ? handleToId.get(ref.handle)?.id : undefined);
    return id ? `x:${id}` : `x:@${ref.handle}`;
  };
  const personFor = (key: string): ImportedPerson & { seen: string } => {
    let p = people.get(key);
    if (!p) {
      p = { key, name: '', handles: [], seen: '' };
      if (key.startsWith('x:') && !key.startsWith('x:@')) p.handles.push({ kind: 'x_id', value: key.slice(2) });
      people.set(key, p);
    }
    return p;
  };
  for (const { ref, at } of observations) {
    const p = personFor(keyOf(ref));
    if (at >= p.seen) {
      if (ref.name?.trim()) p.name = ref.name.trim();
      p.seen = at;
    }
  }
  // Each handle goes to the person it was last seen on (X lets handles change hands).
  const handleOwner = new Map<string, string>();
  for (const { ref } of observations) if (ref.handle) handleOwner.set(ref.handle, keyOf(ref));
  for (const [handle, key] of handleOwner) {
    if (handleToId.has(handle) && `x:${handleToId.get(handle)!.id}` !== key) continue;
    const p = people.get(key)!;
    if (!p.handles.some((h) => h.kind === 'x')) p.handles.unshift({ kind: 'x', value: handle });
  }

  // Per post and user, the strongest kind only (reply > quote > repost > mention) was kept upstream.
  const interactions: ImportedInteraction[] = pending.map((p) => ({
    from: OWNER_KEY,
    to: keyOf(p.target),
    kind: p.kind,
    channel: 'x',
    at: p.at,
    externalId: p.externalId,
  }));

  bundle.people.push(me, ...[...people.values()].map(({ seen: _seen, ...p }) => p));
  bundle.interactions = interactions;
  // Follow facts of accounts that are people (here or already in the network) are written by the
  // writer from the snapshot, by X id; the others stay audience.
  if (lists.follower || lists.following) {
    bundle.audiences = [
      {
        of: OWNER_KEY,
        accountId: ownerId,
        ...(generatedAt ? { takenAt: generatedAt } : {}),
        followers: lists.follower ? [...lists.follower] : null,
        followings: lists.following ? [...lists.following] : null,
      },
    ];
  }
  if (lists.follower) me.followers = lists.follower.size;
  if (generatedAt) bundle.countedAt = generatedAt;
  me.originalPosts = originalPosts;
  me.reposts = reposts;
  options.onProgress?.(total, total);
  return bundle;
}

/**
 * What one post of the owner did towards whom: one item per user, keeping the strongest kind
 * (reply > quote > repost > mention). A repost's other mentions belong to the reposted post's
 * author, so they are not the owner's mentions.
 */
function tweetTargets(tweet: Tweet): { repost: boolean; targets: Array<{ target: UserRef; kind: InteractionKind }> } {
  const text = tweet.full_text ?? tweet.text ?? '';
  const mentions = (tweet.entities?.user_mentions ?? []).map((m) => ({
    id: knownId(m.id_str),
    handle: m.screen_name.toLowerCase(),
    name: m.name,
  }));
  const byHandle = new Map(mentions.map((m) => [m.handle, m]));
  const items: Array<{ target: UserRef; kind: InteractionKind }> = [];

  const retweet = text.match(RETWEET_PREFIX);
  if (retweet) {
    const handle = retweet[1]!.toLowerCase();
    const m = byHandle.get(handle);
    items.push({ target: { handle, ...(m?.id ? { id: m.id } : {}), ...(m?.name ? { name: m.name } : {}) }, kind: 'repost' });
    return { repost: true, targets: items };
  }

  const replyId = knownId(tweet.in_reply_to_user_id_str);
  const replyHandle = tweet.in_reply_to_screen_name?.toLowerCase() || undefined;
  if (replyId || replyHandle) {
    const m = replyHandle ? byHandle.get(replyHandle) : mentions.find((x) => x.id === replyId);
    items.push({
      target: { ...(replyId ? { id: replyId } : {}), ...(replyHandle ? { handle: replyHandle } : {}), ...(m?.name ? { name: m.name } : {}) },
      kind: 'reply',
    });
  }
  for (const url of tweet.entities?.urls ?? []) {
    const q = url.expanded_url ? url.expanded_url.match(STATUS_URL) : null;
    if (!q || NOT_USERS.has(q[1]!.toLowerCase())) continue;
    const handle = q[1]!.toLowerCase();
    const m = byHandle.get(handle);
    items.push({ target: { handle, ...(m?.id ? { id: m.id } : {}), ...(m?.name ? { name: m.name } : {}) }, kind: 'quote' });
  }
  for (const m of mentions) {
    items.push({ target: { ...(m.id ? { id: m.id } : {}), handle: m.handle, ...(m.name ? { name: m.name } : {}) }, kind: 'mention' });
  }
  // One item per user: the same user by id or by handle.
  const kept: Array<{ target: UserRef; kind: InteractionKind }> = [];
  for (const item of items) {
    const same = kept.find(
      (k) => (item.target.id && k.target.id === item.target.id) || (item.target.handle && k.target.handle === item.target.handle),
    );
    if (!same) {
      kept.push({ target: { ...item.target }, kind: item.kind });
      continue;
    }
    same.target.id ??= item.target.id;
    same.target.handle ??= item.target.handle;
    same.target.name ??= item.target.name;
    if (PRIORITY[item.kind]! > PRIORITY[same.kind]!) same.kind = item.kind;
  }
  return { repost: false, targets: kept };
}

/** Whether a folder or a zip's entry list is an X archive (used by format detection). */
export function isArchiveEntryList(names: string[]): boolean {
  return names.some((n) => /(?:^|\/)data\/account\.js$/.test(n));
}
