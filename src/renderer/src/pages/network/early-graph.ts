// The whole network's graph, asked for as the app starts rather than when the Network view's effect
// runs: the app opens on that view, and its own request would wait for the bundle's first render
// and effects — 0.3 s of the 1.5 s before a 2,000-person network is pictured (bench/render.bench.ts).
import type { GraphQuery, GraphView } from '../../../../shared/domain';
import type { Client } from '../../api/client';

let early: Promise<GraphView> | null = null;

export function requestGraphEarly(client: Client): void {
  const request = client['graph:get']({});
  request.catch(() => undefined); // the view asks again and shows the error
  early = request;
  // A change before the view takes the answer makes it stale: the view then asks itself.
  const off = client.on('network:changed', () => {
    if (early === request) early = null;
    off();
  });
}

/** The early answer for `query`, once: only the whole network (no window, no channels) was asked. */
export function takeEarlyGraph(query: GraphQuery): Promise<GraphView> | null {
  if (!early || Object.keys(query).length > 0) return null;
  const request = early;
  early = null;
  return request;
}
