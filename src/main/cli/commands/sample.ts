// `maillage --db FILE sample [--seed N] [--people N] [--interactions N]`: writes the built-in
// sample network (the one the app shows on first start) into a new network file.
import { parseArgs } from 'node:util';
import { MaillageError } from '../../../shared/errors';
import { UsageError } from '../errors';
import { DEFAULT_SAMPLE_SEED, SAMPLE_DEFAULTS, writeSample } from '../gate';

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
  let counts;
  try {
    ({ counts } = writeSample(db, { seed, people, interactions }));
  } catch (error) {
    if (error instanceof MaillageError && error.key === 'sampleNotEmpty') throw new UsageError(`${db}: ${error.message}`);
    throw error;
  }
  out(`${db}: sample network written (seed ${seed}): ${counts.people} people, ${counts.organisations} organisations, ${counts.events} events, ${counts.interactions} interactions, ${counts.follows} follows`);
}
