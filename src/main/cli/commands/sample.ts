// `maillage --db FILE sample`: writes the built-in sample network into FILE.
import { parseArgs } from 'node:util';
import { Network } from '../../core/network';
import { NotEmptyError, storeSample } from '../../core/sample/store';
import { DEFAULT_SAMPLE_SEED, SAMPLE_DEFAULTS } from '../../core/sample/generate';
import { UsageError } from '../errors';

export function sampleCommand(db: string | undefined, args: string[], out: (line: string) => void): void {
  if (!db) throw new UsageError('sample needs --db FILE: the network file to write the sample into');
  const { values } = parseArgs({ args, options: { seed: { type: 'string' }, people: { type: 'string' }, interactions: { type: 'string' } }, strict: true });
  const whole = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  const seed = whole('seed', values.seed, DEFAULT_SAMPLE_SEED, 0, 2 ** 31 - 1);
  // Larger samples are for benchmarks and load tests (the render benchmark draws 2k–10k people).
  const people = whole('people', values.people, SAMPLE_DEFAULTS.people, 20, 1_000_000);
  const interactions = whole('interactions', values.interactions, SAMPLE_DEFAULTS.interactions, 0, 50_000_000);
  const network = Network.create(db, { sample: false });
  try {
    try {
      storeSample(network.db, { seed, people, interactions });
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
