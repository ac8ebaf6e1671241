// twarc's "flattened" JSON Lines (`twarc2 flatten`, and what many research pipelines keep): one
// post per line instead of one API response, with what the response's includes said about it
// copied into the post itself —
//   author / in_reply_to_user      the user objects of author_id and in_reply_to_user_id,
//   entities.mentions[]            each mention merged with its user object (id, name, metrics),
//   referenced_tweets[]            each reference merged with the referenced post (author_id,
//                                  author, …), expanded the same way,
//   __twarc                        where and when twarc fetched it.
// A user or post missing from the includes becomes {} (twarc's defaultdict). Such a line is
// turned back into the response it came from — {"data": post, "includes": {users, tweets}} — so
// the X API importer reads both shapes with the same rules and the same interaction ids (the
// same post imported from a raw and a flattened file is counted once).

import { isObject } from './common';

type Json = Record<string, unknown>;

/** A flattened post: a post's own fields at the top level, no response envelope. */
export function isFlattenedPost(value: unknown): value is Json {
  return isObject(value) && typeof value.id === 'string' && 'author_id' in value && !('data' in value) && !('includes' in value) && !('meta' in value);
}

/** The user fields the importer reads, when the object is a user at all (twarc writes {} for users it did not get). */
function userOf(value: unknown): Json | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.username !== 'string') return null;
  const user: Json = { id: value.id, username: value.username };
  for (const field of ['name', 'description', 'public_metrics'] as const) if (value[field] !== undefined) user[field] = value[field];
  return user;
}

/** The response a flattened post came from. The post keeps its extra fields: the importer passes them over. */
export function responseOfFlattenedPost(post: Json): Json {
  const users = new Map<string, Json>();
  const tweets = new Map<string, Json>();
  const addUser = (value: unknown): void => {
    const user = userOf(value);
    if (user && !users.has(user.id as string)) users.set(user.id as string, user);
  };
  const visit = (p: Json, depth: number): void => {
    addUser(p.author);
    addUser(p.in_reply_to_user);
    const mentions = isObject(p.entities) && Array.isArray(p.entities.mentions) ? p.entities.mentions : [];
    for (const m of mentions) addUser(m);
    if (depth > 0 || !Array.isArray(p.referenced_tweets)) return;
    for (const ref of p.referenced_tweets) {
      if (!isObject(ref) || typeof ref.id !== 'string') continue;
      if (typeof ref.author_id === 'string') tweets.set(ref.id, { id: ref.id, author_id: ref.author_id });
      visit(ref, depth + 1);
    }
  };
  visit(post, 0);
  return { data: post, includes: { users: [...users.values()], tweets: [...tweets.values()] } };
}
