// The one gate between a host and the services: validates the payload against the contract,
// calls the service, and wraps the answer or the error in an envelope the UI can act on.
import { isRequestChannel, type RequestChannel } from '../../shared/channels';
import { validateRequest, type Api, type ApiErrorInfo, type Envelope } from '../../shared/contract';
import { MaillageError } from '../../shared/errors';

export async function dispatch(api: Api, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isRequestChannel(channel)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown channel ${JSON.stringify(channel.slice(0, 80))}` } };
  }
  const checked = validateRequest(channel, payload);
  if (!checked.ok) return checked;
  try {
    const handler = api[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(checked.value) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(channel, error) };
  }
}

/** Every error a user can act on carries its own code, key and parameters; anything else is a failure of the channel. */
export function toErrorInfo(channel: RequestChannel, error: unknown): ApiErrorInfo {
  if (error instanceof MaillageError) return { code: error.code, message: error.message, ...(error.key ? { key: error.key, params: error.params } : {}) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'failed', message: `${channel} failed: ${message}` };
}
