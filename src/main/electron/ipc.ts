// The typed ipcMain wrapper: registers one handler per contract channel, checks that the sender
// is one of our windows showing our own content, then goes through the same dispatch as every
// host (payload validated against the contract in main).
import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { EVENT_IPC, REQUEST_CHANNELS, STAGE_IPC, type EventChannel } from '../../shared/channels';
import type { Api, Envelope, EventPayload } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import type { ImportStaging } from '../core/import/staging';
import { isAppUrl } from './protocol';


function senderAllowed(frame: WebFrameMain | null, trusted: (contents: WebContents) => boolean, sender: WebContents): boolean {
  return frame !== null && trusted(sender) && isAppUrl(frame.url);
}


export function registerIpc(api: Api, staging: ImportStaging, trusted: (contents: WebContents) => boolean): void {
  ipcMain.handle(STAGE_IPC, async (event, payload: unknown): Promise<Envelope<unknown>> => {
    if (!senderAllowed(event.senderFrame, trusted, event.sender)) {
      return { ok: false, error: { code: 'failed', message: 'Refused: request from an unknown page' } };
    }
    const { fileName, data } = (payload ?? {}) as { fileName?: unknown; data?: unknown };
    if (typeof fileName !== 'string' || fileName.length === 0 || fileName.length > 255 || !(data instanceof ArrayBuffer || ArrayBuffer.isView(data))) {
      return { ok: false, error: { code: 'invalid_input', message: 'Invalid payload for stage: expected { fileName: string (1–255), data: ArrayBuffer }' } };
    }
    try {
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      const file = await staging.stageBytes(fileName, bytes);
      return { ok: true, value: { staged: file.id, fileName: file.fileName, size: file.size } };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: (error as Error).message } };
    }
  });
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
