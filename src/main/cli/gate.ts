// The CLI's way to the services: opens the network, sends the contract payload through the same
// dispatch as the app (validated by the contract), and turns an error envelope into a CLI error.
import type { RequestChannel } from '../../shared/channels';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import { Network } from '../core/network';
import { PreferenceStore } from '../core/preferences';
import { createServices } from '../core/services';
import { UsageError } from './errors';

/** A request the services refused: printed as one line, exit 1. */
export class RefusedError extends Error {}

export async function callService<C extends RequestChannel>(db: string, channel: C, payload: RequestOf<C>, options: { create?: boolean } = {}): Promise<ResponseOf<C>> {
  const network = options.create ? Network.create(db) : Network.open(db);
  try {
    const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => undefined });
    const answer = await dispatch(api, channel, payload);
    if (answer.ok) return answer.value as ResponseOf<C>;
    if (answer.error.code === 'invalid_input') {
      throw new UsageError(answer.error.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? answer.error.message);
    }
    throw new RefusedError(answer.error.message);
  } finally {
    network.close();
  }
}
