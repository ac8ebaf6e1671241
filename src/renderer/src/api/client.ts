// The typed client: one async function per contract channel, plus typed event subscriptions.
// Errors from main arrive as ApiError with the message and the fields a user can fix.
import { REQUEST_CHANNELS, type EventChannel } from '../../../shared/channels';
import type { Bridge } from '../../../shared/bridge';
import type { Api, ApiErrorInfo, EventPayload } from '../../../shared/contract';

export class ApiError extends Error {
  constructor(readonly info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
  }
}

export type Client = Api & {
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
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
    on(channel, listener) {
      return bridge.subscribe((name, payload) => {
        if (name === channel) listener(payload as EventPayload<typeof channel>);
      });
    },
  };
}
