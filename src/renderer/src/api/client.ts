// The typed client: one async function per contract channel, plus typed event subscriptions.
// Errors from main arrive as ApiError with the message and the fields a user can fix.
import i18next from 'i18next';
import { REQUEST_CHANNELS, type EventChannel } from '../../../shared/channels';
import type { Bridge, StagedInfo } from '../../../shared/bridge';
import type { Api, ApiErrorInfo, EventPayload } from '../../../shared/contract';
import { errorMessage } from './error-message';

export class ApiError extends Error {
  constructor(readonly info: ApiErrorInfo) {
    // In the reader's language when the error carries a key (i18next is set up before any call).
    super(errorMessage(info, (key, params) => i18next.t(key, params ?? {}), (key) => i18next.exists(key)));
    this.name = 'ApiError';
  }
}

export type Client = Api & {
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Hands a dropped or chosen file to the main process; resolves to its staged id. */
  stageFile(file: File): Promise<StagedInfo>;
  host: Bridge['host'];
};

export function createClient(bridge: Bridge): Client {
  const calls = Object.fromEntries(
    REQUEST_CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        const envelope = await bridge.request[channel](input);
        if (!envelope.ok) throw new ApiError(envelope.error);
        return envelope.value;
      },
    ]),
  ) as unknown as Api;
  return {
    ...calls,
    host: bridge.host,
    async stageFile(file) {
      // The HTTP host streams the Blob; the Electron preload needs the bytes themselves.
      const envelope = await bridge.stage(file.name, bridge.host === 'electron' ? await file.arrayBuffer() : file);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    },
    on(channel, listener) {
      return bridge.subscribe((name, payload) => {
        if (name === channel) listener(payload as EventPayload<typeof channel>);
      });
    },
  };
}
