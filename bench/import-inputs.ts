// Writes the inputs of bench/import.bench.ts: 1M interactions among 50k people, as
//
// - interactions.csv — the DESIGN.md template `from,to,kind,channel,at,weight`, from/to written
//   as X handles (`@user123`) so that every row goes through identity resolution; kinds mostly
//   mention/reply/quote/repost, channel x, `at` a UTC instant ("2024-03-05T09:12:44Z"), weight 1
//   (2 on one row in 20). Senders and targets are skewed (a few people are named a lot).
// - x-api.jsonl — X API v2 search responses, one per line, 100 posts per response with their
//   `includes.users` (id, username, name, public_metrics.followers_count) and, for quotes, the
//   quoted post in `includes.tweets`. Lean but realistic posts: id, author_id, created_at, a short
//   text naming the mentions, entities.mentions (start, end, username, id). Every post yields 4
//   interactions: 70% originals mentioning 4 people, 20% replies (in_reply_to_user_id + 3
//   mentions), 10% quotes (the quoted author + 3 mentions): 250,000 posts, 2,500 lines, 244 MB
//   (~100 KB per response, half of it includes.users: 5 users per post, as the API expands them).
// - the "newer export" of each: the same bytes plus 1% new rows (CSV rows / responses) at the end.
//
// Deterministic (seeded): the same files on every run.

import { createWriteStream, type WriteStream } from 'node:fs';
import { seededRandom } from '../src/main/core/graph/random';

export interface InputSizes {
  people: number;
  interactions: number;
}

export const DEFAULT_SIZES: InputSizes = { people: 50_000, interactions: 1_000_000 };

/** Skewed pick in [0, n): squaring a uniform draw favours low ids (a heavy head, a long tail). */
const skewed = (r: () => number, n: number): number => Math.floor(r() * r() * n);

const BASE_TIME = Date.UTC(2023, 0, 1);
const SPAN_MS = 2 * 365 * 24 * 3600 * 1000;

async function writeAll(path: string, produce: (out: (s: string) => void) => void): Promise<void> {
  const stream: WriteStream = createWriteStream(path);
  let buffer = '';
  let pending: Promise<void> = Promise.resolve();
  const flush = (): void => {
    const text = buffer;
    buffer = '';
    pending = pending.then(
      () =>
        new Promise<void>((resolve, reject) => {
          stream.write(text, (error) => (error ? reject(error) : resolve()));
        }),
    );
  };
  produce((s) => {
    buffer += s;
    if (buffer.length > 1 << 22) flush();
  });
  flush();
  await pending;
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

const KINDS = ['mention', 'mention', 'mention', 'reply', 'reply', 'quote', 'repost', 'repost'];

/** interactions.csv with `rows` rows, and its newer export with 1% more at the end. */
export async function writeCsv(path: string, newerPath: string, sizes: InputSizes = DEFAULT_SIZES): Promise<void> {
  const r = seededRandom(7);
  const lines: string[] = [];
  const row = (): string => {
    const from = skewed(r, sizes.people);
    let to = skewed(r, sizes.people);
    if (to === from) to = (to + 1 + Math.floor(r() * (sizes.people - 1))) % sizes.people;
    const at = new Date(BASE_TIME + Math.floor(r() * SPAN_MS)).toISOString().slice(0, 19) + 'Z';
    return `@user${from},@user${to},${KINDS[Math.floor(r() * KINDS.length)]},x,${at},${r() < 0.05 ? 2 : 1}\n`;
  };
  await writeAll(path, (out) => {
    out('from,to,kind,channel,at,weight\n');
    for (let i = 0; i < sizes.interactions; i++) {
      const line = row();
      out(line);
      lines.push(line);
    }
  });
  await writeAll(newerPath, (out) => {
    out('from,to,kind,channel,at,weight\n');
    for (const line of lines) out(line);
    for (let i = 0; i < sizes.interactions / 100; i++) out(row());
  });
}

const POSTS_PER_RESPONSE = 100;

/** x-api.jsonl yielding `interactions` interactions (4 per post), and its newer export with 1% more posts. */
export async function writeJsonl(path: string, newerPath: string, sizes: InputSizes = DEFAULT_SIZES): Promise<void> {
  const r = seededRandom(11);
  const posts = Math.ceil(sizes.interactions / 4);
  const userId = (i: number): string => String(1_000_000_000 + i);
  const quotedId = (n: number): string => String(9_000_000_000_000 + n);
  let tweetSeq = 0;
  let quoteSeq = 0;
  const response = (count: number): string => {
    const data: unknown[] = [];
    const users = new Map<number, unknown>();
    const quoted: unknown[] = [];
    const seeUser = (i: number): void => {
      if (!users.has(i)) users.set(i, { id: userId(i), username: `user${i}`, name: `User ${i}`, public_metrics: { followers_count: (i * 7919) % 100_000 } });
    };
    for (let p = 0; p < count; p++) {
      const author = skewed(r, sizes.people);
      seeUser(author);
      const targets = new Set<number>();
      while (targets.size < 4) {
        const t = skewed(r, sizes.people);
        if (t !== author) targets.add(t);
      }
      const [first, ...rest] = [...targets];
      const dice = r();
      const kind = dice < 0.7 ? 'original' : dice < 0.9 ? 'reply' : 'quote';
      const mentioned = kind === 'original' ? [first!, ...rest] : rest;
      let text = '';
      const mentions = mentioned.map((m) => {
        seeUser(m);
        const start = text.length;
        text += `@user${m} `;
        return { start, end: start + `@user${m}`.length, username: `user${m}`, id: userId(m) };
      });
      text += 'great point on B2B influence';
      const id = String(1_700_000_000_000_000_000n + BigInt(tweetSeq++));
      const tweet: Record<string, unknown> = {
        id,
        author_id: userId(author),
        created_at: new Date(BASE_TIME + Math.floor(r() * SPAN_MS)).toISOString(),
        text,
        entities: { mentions },
      };
      if (kind === 'reply') {
        seeUser(first!);
        tweet.in_reply_to_user_id = userId(first!);
        tweet.referenced_tweets = [{ type: 'replied_to', id: String(1_600_000_000_000_000_000n + BigInt(tweetSeq)) }];
      } else if (kind === 'quote') {
        seeUser(first!);
        const q = quotedId(quoteSeq++);
        tweet.referenced_tweets = [{ type: 'quoted', id: q }];
        quoted.push({ id: q, author_id: userId(first!) });
      }
      data.push(tweet);
    }
    const includes: Record<string, unknown> = { users: [...users.values()] };
    if (quoted.length > 0) includes.tweets = quoted;
    return `${JSON.stringify({ data, includes, meta: { result_count: count, newest_id: (data[0] as { id: string }).id, next_token: `t${tweetSeq}` } })}\n`;
  };
  const lines: string[] = [];
  await writeAll(path, (out) => {
    for (let done = 0; done < posts; done += POSTS_PER_RESPONSE) {
      const line = response(Math.min(POSTS_PER_RESPONSE, posts - done));
      out(line);
      lines.push(line);
    }
  });
  await writeAll(newerPath, (out) => {
    for (const line of lines) out(line);
    for (let done = 0; done < posts / 100; done += POSTS_PER_RESPONSE) out(response(Math.min(POSTS_PER_RESPONSE, posts / 100 - done)));
  });
}
