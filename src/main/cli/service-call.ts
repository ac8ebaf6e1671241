// The command line's way into the services: open the network, call one channel of the contract
// through the same gate as the app (payload validated by zod, errors as codes), close it.
import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { RequestChannel } from '../../shared/channels';
import type { ApiErrorInfo, RequestOf, ResponseOf } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import { Network } from '../core/network';
import { PreferenceStore } from '../core/preferences';
import { createServices } from '../core/services';
import type { ImportStaging } from '../core/import/staging';
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
  /** Where files named on the command line were staged for the service (as the app stages dropped files). */
  staging?: ImportStaging;
}

/** Stages a file named on the command line, as the app stages a dropped one; the caller clears the staging. */
export async function stageFile(staging: ImportStaging, path: string): Promise<string> {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  return (await staging.stageStream(basename(path), createReadStream(path))).id;
}

export async function callService<C extends RequestChannel>(file: string | undefined, channel: C, payload: RequestOf<C>, options: ServiceCallOptions = {}): Promise<ResponseOf<C>> {
  if (!file) throw new UsageError(`${channel.split(':')[0]} needs --db FILE`);
  const network = Network.open(file);
  try {
    let lastPhase = '';
    const api = createServices({
      networks: { current: () => network },
      preferences: new PreferenceStore(null),
      ...(options.staging ? { staging: options.staging } : {}),
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
