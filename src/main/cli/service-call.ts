// The command line's way into the services: open the network, call one channel of the contract
// through the same gate as the app (payload validated by zod, errors as codes), close it.
import type { RequestChannel } from '../../shared/channels';
import type { ApiErrorInfo, RequestOf, ResponseOf } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import { Network } from '../core/network';
import { PreferenceStore } from '../core/preferences';
import { createServices } from '../core/services';
import { UsageError } from './errors';

/** A service answered with an error: the CLI prints its message (and the payload issues) on stderr. */
export class ServiceCallError extends UsageError {
  constructor(readonly info: ApiErrorInfo) {
    super(info.issues?.length ? `${info.message}: ${info.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : info.message);
  }
}

export interface ServiceCallOptions {
  /** Score runs and imports report their progress here (stderr). */
  progress?: (line: string) => void;
}

export async function callService<C extends RequestChannel>(file: string | undefined, channel: C, payload: RequestOf<C>, options: ServiceCallOptions = {}): Promise<ResponseOf<C>> {
  if (!file) throw new UsageError(`${channel.split(':')[0]} needs --db FILE`);
  const network = Network.open(file);
  try {
    let lastPhase = '';
    const api = createServices({
      networks: { current: () => network },
      preferences: new PreferenceStore(null),
      emit: (name, event) => {
        if (name !== 'job:progress' || !options.progress) return;
        const p = event as { job: string; phase: string; done: number; total: number };
        // One line per phase: a terminal log, not a progress bar.
        if (p.phase !== 'done' && p.phase !== lastPhase) options.progress(`${p.job}: ${p.phase}…`);
        lastPhase = p.phase;
      },
    });
    const answer = await dispatch(api, channel, payload);
    if (!answer.ok) throw new ServiceCallError(answer.error);
    return answer.value as ResponseOf<C>;
  } finally {
    network.close();
  }
}
