// What the preload exposes to the page (window.maillage): one function per request channel and
// a subscription to events. Both hosts' transports speak this shape.
import type { EventChannel, RequestChannel } from './channels';
import type { Envelope } from './contract';

export type EventListener = (channel: EventChannel, payload: unknown) => void;

/** A file handed over for import: the host keeps the bytes and answers with an opaque id. */
export interface StagedInfo {
  staged: string;
  fileName: string;
  size: number;
}

export interface Bridge {
  request: { [C in RequestChannel]: (payload: unknown) => Promise<Envelope<unknown>> };
  /** Hands a dropped file's bytes to the main process for import (never a path on disk). */
  stage(fileName: string, data: ArrayBuffer | Blob): Promise<Envelope<StagedInfo>>;
  subscribe(listener: EventListener): () => void;
  /** Which host the page runs in, for the few things that differ (native menus, dialogs). */
  host: 'electron' | 'browser';
}
