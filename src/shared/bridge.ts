// What the preload exposes to the page (window.maillage): one function per request channel and
// a subscription to events. Both hosts' transports speak this shape.
import type { EventChannel, RequestChannel } from './channels';
import type { Envelope } from './contract';

export type EventListener = (channel: EventChannel, payload: unknown) => void;

export interface Bridge {
  request: { [C in RequestChannel]: (payload: unknown) => Promise<Envelope<unknown>> };
  subscribe(listener: EventListener): () => void;
  /** Which host the page runs in, for the few things that differ (native menus, dialogs). */
  host: 'electron' | 'browser';
}
