// A small seeded PRNG, so sampled scores and Louvain are reproducible run to run
// (DESIGN.md: same file and parameters give the same numbers). Math.random cannot be seeded.

/** mulberry32 (Tommy Ettinger, public domain): 32-bit state, full period 2^32, passes
 * gjrand/PractRand to 2^32 outputs — plenty for picking pivots and shuffling node orders. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct values from 0..n-1, uniformly without replacement (partial Fisher–Yates),
 * returned sorted so the work order — and thus the floating-point sums — are reproducible
 * and cache-friendly. */
export function sampleWithoutReplacement(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take).sort();
}

/** In-place Fisher–Yates shuffle. */
export function shuffle(values: Int32Array, random: () => number): Int32Array {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = values[i]!;
    values[i] = values[j]!;
    values[j] = t;
  }
  return values;
}
