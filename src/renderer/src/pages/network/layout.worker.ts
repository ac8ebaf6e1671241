// Runs the force-directed layout (force-atlas.ts) in a Web Worker, so that the page stays
// responsive while it computes; the page applies the positions it posts back.
import { forceAtlasLayout } from './force-atlas';
import type { LayoutRequest, LayoutResponse } from './layout-options';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { people, ties, incremental } = event.data;
  const start = performance.now();
  const positions = forceAtlasLayout(people, ties, incremental);
  const response: LayoutResponse = { positions, ms: performance.now() - start };
  (self as unknown as Worker).postMessage(response);
};
