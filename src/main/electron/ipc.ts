// The typed ipcMain wrapper: registers one handler per contract channel, checks that the sender
// is one of our windows showing our own content, then goes through the same dispatch as every
// host (payload validated against the contract in main).
import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { REQUEST_CHANNELS, type EventChannel } from '../../shared/channels';
import type { Api, Envelope, EventPayload } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import { isAppUrl } from './protocol';

export const EVENT_IPC = 'maillage:event';

function senderAllowed(frame: WebFrameMain | null, trusted: (contents: WebContents) => boolean, sender: WebContents): boolean {
  return frame !== null && trusted(sender) && isAppUrl(frame.url);
}

export function registerIpc(api: Api, trusted: (contents: WebContents) => boolean): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Envelope<unknown>> => {
      if (!senderAllowed(event.senderFrame, trusted, event.sender)) {
        return { ok: false, error: { code: 'failed', message: 'Refused: request from an unknown page' } };
      }
      return dispatch(api, channel, payload);
    });
  }
}

export function sendEvent<E extends EventChannel>(contents: WebContents, channel: E, payload: EventPayload<E>): void {
  if (!contents.isDestroyed()) contents.send(EVENT_IPC, { channel, payload });
}
