// The WHERE clause every reader of interactions shares: time window and channels.
import type { GraphQuery } from '../../shared/domain';

/** SQL filter for the interaction window and channels; interactions with no time are always kept. */
export function interactionFilter(query: GraphQuery): { clause: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.from) {
    parts.push('(i.at IS NULL OR i.at >= @from)');
    params.from = query.from;
  }
  if (query.to) {
    // A bare date as upper bound means "through the end of that day".
    parts.push('(i.at IS NULL OR i.at <= @to)');
    params.to = query.to.length === 10 ? `${query.to}T23:59:59.999Z` : query.to;
  }
  if (query.channels?.length) {
    const names = query.channels.map((c, k) => {
      params[`ch${k}`] = c;
      return `@ch${k}`;
    });
    parts.push(`i.channel IN (${names.join(', ')})`);
  }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}
