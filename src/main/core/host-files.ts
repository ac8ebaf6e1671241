// What a host does with network files besides calling the services: write the sample into a new
// file, write an export where the user asked, and the constants and errors it needs to open one. Part of the gate hosts may import.
import { DEFAULT_SAMPLE_SEED, SAMPLE_DEFAULTS } from './sample/generate';
import { storeSample } from './db/sample';
import { Network } from './network';
import type { NetworkInfo } from '../../shared/domain';

export { NetworkDamagedError } from './db/connection';
// Writing an export to a path the user named: never over a network (export/target.ts).
export { writeExportText } from './export/index';
export { checkExportTarget, ExportTargetError } from './export/target';
export { DEFAULT_SAMPLE_SEED, SAMPLE_DEFAULTS };

/** Writes the sample network into a new (or empty) network file; refuses a file that holds people. */
export function writeSample(file: string, options: { seed: number; people: number; interactions: number }): NetworkInfo {
  const network = Network.create(file, { sample: false });
  try {
    storeSample(network.db, options);
    return network.info();
  } finally {
    network.close();
  }
}
