// Creator ratio: original posts ÷ (original posts + reposts) — "creators over curators"
// (DESIGN.md idea 2). NaN when either count is unknown (NaN) or the person posted nothing.

import { GraphInputError } from './csr';

export function creatorRatio(originalPosts: Float64Array, reposts: Float64Array): Float64Array {
  if (originalPosts.length !== reposts.length) {
    throw new GraphInputError(`creatorRatio: ${originalPosts.length} original-post counts but ${reposts.length} repost counts`);
  }
  const result = new Float64Array(originalPosts.length);
  for (let i = 0; i < result.length; i++) {
    const o = originalPosts[i]!;
    const r = reposts[i]!;
    if (o < 0 || r < 0) throw new GraphInputError(`creatorRatio: person ${i} has a negative count (${o}, ${r})`);
    result[i] = o + r > 0 ? o / (o + r) : NaN; // NaN inputs propagate to NaN
  }
  return result;
}
