// Test support: loads the networkx reference fixtures and compares scores with a tolerance.
// Imported by *.test.ts only.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csrFromTriples } from './csr';
import type { CsrGraph } from './csr';

export const FIXTURES = ['karate-weighted', 'karate', 'florentine', 'hartford-drug', 'random-mentions'] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** null in a fixture = networkx's NaN / None ("not defined"). */
type Scores = Record<string, Array<number | null>>;

export interface Fixture {
  name: string;
  nodes: string[];
  edges: Array<[number, number, number]>;
  network: { reciprocity: number | null; hitsSingularValueRatio: number };
  scores: Scores;
  louvain: Array<{ seed: number; modularity: number; community: number[] }>;
  graph: CsrGraph;
}

const DIR = join(import.meta.dirname, 'fixtures');

export function loadFixture(name: FixtureName): Fixture {
  const data = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Omit<Fixture, 'graph'>;
  return { ...data, graph: csrFromTriples(data.nodes.length, data.edges) };
}

export function loadJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
}

/** Relative tolerance 1e-6, with an absolute floor for values near zero (where relative
 * error is meaningless: 1e-17 vs 0). */
export const REL = 1e-6;
export const ABS_FLOOR = 1e-12;

export function assertScoresClose(
  actual: ArrayLike<number>,
  expected: ReadonlyArray<number | null>,
  label: string,
  rel = REL,
  absFloor = ABS_FLOOR,
): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const a = actual[i]!;
    if (e === null || e === undefined) {
      assert.ok(Number.isNaN(a), `${label}[${i}]: expected undefined (NaN), got ${a}`);
      continue;
    }
    const tolerance = Math.max(absFloor, rel * Math.abs(e));
    assert.ok(Math.abs(a - e) <= tolerance, `${label}[${i}]: expected ${e}, got ${a} (|Δ| = ${Math.abs(a - e)} > ${tolerance})`);
  }
}
