// What the page sends the layout worker and what it posts back.
import type { LayoutPerson, LayoutTie, Placed } from './force-atlas';

export interface LayoutRequest {
  people: LayoutPerson[];
  ties: LayoutTie[];
  /** Keep the people who have a position where they are; only the others move. */
  incremental: boolean;
}

export interface LayoutResponse {
  positions: Placed[];
  /** Time spent laying out in the worker, for the bench and the console. */
  ms: number;
}
