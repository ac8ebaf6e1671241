// A fixed-seed sample of the importer fuzzing (`npm run fuzz` runs ≥ 10,000 cases a format): for
// each format, malformed inputs made from the fixtures either import (and the database stays
// sound) or are refused with an ImportError that writes nothing; none crashes or hangs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { caseAt, checkImport, EXTENSION, FUZZ_FORMATS, FuzzFailure, prepareSeeds, seededDb } from '../../../../test-support/import-fuzz-cases';

const SEED = 20261123;
const RUNS = 150;
const TIMEOUT_MS = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'maillage-fuzz-sample-'));
after(() => rmSync(dir, { recursive: true, force: true }));
before(() => prepareSeeds());

for (const format of FUZZ_FORMATS) {
  test(`${format}: ${RUNS} malformed inputs (seed ${SEED}) import or are refused cleanly`, { timeout: 120_000 }, async (t) => {
    const db = await seededDb(format, dir);
    try {
      const input = join(dir, `input-${format}${EXTENSION[format]}`);
      const failures: string[] = [];
      let accepted = 0;
      let refused = 0;
      let maxMs = 0;
      for (let i = 0; i < RUNS; i++) {
        const c = caseAt(format, SEED, i);
        writeFileSync(input, c.bytes);
        try {
          const r = await checkImport(db, format, input, TIMEOUT_MS);
          if (r.outcome === 'accepted') accepted++;
          else refused++;
          maxMs = Math.max(maxMs, r.ms);
        } catch (error) {
          if (!(error instanceof FuzzFailure)) throw error;
          failures.push(`case ${i}: ${error.message.slice(0, 500)}\n  recipe: ${c.recipe}\n  replay: npm run fuzz -- --format ${format} --seed ${SEED} --from ${i} --runs 1`);
        }
      }
      t.diagnostic(`${accepted} accepted, ${refused} refused, slowest ${maxMs.toFixed(0)} ms`);
      assert.deepEqual(failures, []);
      // The generator makes plausible inputs: some still import, most are refused.
      assert.ok(accepted > 0, 'no case was accepted: the mutations are too destructive to test anything past the first check');
      assert.ok(refused > 0, 'no case was refused: the mutations do not damage the inputs');
    } finally {
      db.close();
    }
  });
}
