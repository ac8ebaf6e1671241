// `maillage --db FILE sample`: writes the built-in sample network into FILE.
import { parseArgs } from 'node:util';
import { Network } from '../../core/network';
import { NotEmptyError, storeSample } from '../../core/sample/store';
import { DEFAULT_SAMPLE_SEED } from '../../core/sample/generate';
import { UsageError } from '../errors';

export function sampleCommand(db: string | undefined, args: string[], out: (line: string) => void): void {
  if (!db) throw new UsageError('sample needs --db FILE: the network file to write the sample into');
  const { values } = parseArgs({ args, options: { seed: { type: 'string' } }, strict: true });
  const seed = values.seed === undefined ? DEFAULT_SAMPLE_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) throw new UsageError(`--seed: expected a whole number from 0 to 2147483647, got "${values.seed}"`);
  const network = Network.create(db, { sample: false });
  try {
    try {
      storeSample(network.db, { seed });
    } catch (error) {
      if (error instanceof NotEmptyError) throw new UsageError(`${db}: ${error.message}`);
      throw error;
    }
    const { counts } = network.info();
    out(`${db}: sample network written (seed ${seed}): ${counts.people} people, ${counts.organisations} organisations, ${counts.events} events, ${counts.interactions} interactions, ${counts.follows} follows`);
  } finally {
    network.close();
  }
}
