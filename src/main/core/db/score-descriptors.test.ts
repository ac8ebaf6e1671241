// One descriptor per score: each names a real column of the store, a real field of a person's
// scores, and a name and meaning in French and English; the rankings follow its direction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../../shared/locales/en.json';
import fr from '../../../shared/locales/fr.json';
import { RANKABLE_SCORES, SCORE_DESCRIPTORS, scoreValue } from '../../../shared/scores';
import { Network } from '../network';
import { ranking, runScoresTable } from './score-queries';
import { runScores } from './score-runs';

const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

test('every score has a descriptor naming its column, its field and its FR/EN name and meaning', () => {
  const network = Network.create(':memory:', { sample: { seed: 7, people: 60, interactions: 600 } });
  const runId = runScores(network.db).id;
  const columns = new Set((network.db.prepare('PRAGMA table_info(score)').all() as Array<{ name: string }>).map((c) => c.name));
  const [first] = runScoresTable(network.db, runId);
  assert.ok(first);
  for (const id of RANKABLE_SCORES) {
    const d = SCORE_DESCRIPTORS[id];
    assert.equal(d.id, id);
    assert.ok(columns.has(d.column), `${id}: column ${d.column}`);
    assert.ok(d.field in first, `${id}: field ${d.field}`);
    for (const [lang, strings] of [['en', en], ['fr', fr]] as const) {
      assert.equal(typeof lookup(strings, d.labelKey), 'string', `${lang} ${d.labelKey}`);
      assert.equal(typeof lookup(strings, d.meaningKey), 'string', `${lang} ${d.meaningKey}`);
    }
    // The ranking by this score is ordered the way the descriptor says.
    const values = ranking(network.db, { by: id, limit: 20, runId }).rows.map((r) => scoreValue(r, id) as number);
    for (let i = 1; i < values.length; i++) {
      if (d.direction === 'higher-first') assert.ok((values[i - 1] as number) >= (values[i] as number), `${id} descending`);
      else assert.ok((values[i - 1] as number) <= (values[i] as number), `${id} ascending`);
    }
  }
  network.close();
});
