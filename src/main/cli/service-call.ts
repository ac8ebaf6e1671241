// The organiser's commands call one channel of the contract at a time through the gate (gate.ts):
// the same dispatch, services, validation and errors as the app.
import type { RequestChannel } from '../../shared/channels';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import { MaillageError } from '../../shared/errors';
import { withGate } from './gate';

export async function callService<C extends RequestChannel>(file: string | undefined, channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
  return withGate(file, channel.split(':')[0] as string, (gate) => gate.call(channel, payload));
}

/** The service said the event (or community) named on the command line does not exist. */
export function notFound(error: unknown): error is MaillageError {
  return error instanceof MaillageError && error.code === 'not_found';
}
