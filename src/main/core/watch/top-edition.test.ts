// The Top N edition on a small hand-made history: its order is `top N`'s, rank changes are
// against the same window a year earlier, the "why" names who relays each person, runs are
// reused until the data changes, and the HTML report escapes names and speaks FR and EN.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ranking } from '../db/score-queries';
import { explainPerson } from '../scores/explain';
import { editionWindows, topEdition, yearEarlier, EditionRequestError } from './top-edition';
import { topReportHtml } from './top-report';
import { rankChange } from '../../../shared/watch-text';
import { translator } from '../../../shared/translate';

/** Ada, Bob, Chloé, Dan, Eve (<img> in her name); 2024: everyone cites Bob; 2025: everyone cites Chloé, Eve appears. */
function history(): Db {
  const db = openDatabase(':memory:', { create: true });
  const add = db.prepare("INSERT INTO person (id, name, role, created_at) VALUES (?, ?, ?, '2024-01-01')");
  add.run(1, 'Ada', 'cmo');
  add.run(2, 'Bob', 'analyst');
  add.run(3, 'Chloé', 'cmo');
  add.run(4, 'Dan', 'journalist');
  add.run(5, 'Eve <img src=x onerror=alert(1)>', 'cmo');
  const say = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, 'mention', 'x', ?)");
  for (const [from, to, at] of [
    [1, 2, '2024-02-01'], [3, 2, '2024-03-01'], [4, 2, '2024-04-01'], [2, 1, '2024-05-01'], [4, 3, '2024-06-01'],
    [1, 3, '2025-02-01'], [2, 3, '2025-03-01'], [4, 3, '2025-04-01'], [3, 1, '2025-05-01'], [5, 3, '2025-06-01'], [3, 5, '2025-06-02'], [1, 5, '2025-07-01'],
  ] as Array<[number, number, string]>) say.run(from, to, `${at}T10:00:00Z`);
  return db;
}

test('a year and the same window a year earlier; leap days; bad windows are refused', () => {
  assert.deepEqual(editionWindows({ year: 2025 }), { year: 2025, window: { from: '2025-01-01', to: '2025-12-31' }, previousWindow: { from: '2024-01-01', to: '2024-12-31' } });
  assert.deepEqual(editionWindows({ from: '2024-03-01', to: '2025-02-28' }).previousWindow, { from: '2023-03-01', to: '2024-02-28' });
  assert.equal(yearEarlier('2024-02-29'), '2023-02-28');
  assert.throws(() => editionWindows({ year: 2025, from: '2025-01-01' }), EditionRequestError);
  assert.throws(() => editionWindows({ from: '2025-05-01', to: '2025-01-01' }), /ends \(2025-01-01\) before it starts/);
  assert.throws(() => editionWindows({ from: '2025-02-30', to: '2025-03-01' }), /expected a date like 2025-01-31, got "2025-02-30"/);
});

test("the edition's order is exactly top N over the year; changes are against the year before", () => {
  const db = history();
  const edition = topEdition(db, { year: 2025, n: 4 }, new Date('2026-01-15T00:00:00Z'));
  const top = ranking(db, { by: 'influence', runId: edition.runId, limit: 4 });
  assert.deepEqual(edition.rows.map((r) => r.personId), top.rows.map((r) => r.personId));
  assert.equal(edition.rows[0]?.name, 'Chloé');
  const byName = new Map(edition.rows.map((r) => [r.name, r]));
  // 2024: Bob first (cited by three), then Ada and Chloé; Eve had no tie in 2024: new.
  const chloe = byName.get('Chloé');
  assert.equal(chloe?.rank, 1);
  assert.ok(chloe?.previousRank !== null && (chloe?.previousRank ?? 0) > 1, 'Chloé climbed');
  assert.equal(byName.get('Eve <img src=x onerror=alert(1)>')?.previousRank, null);
  assert.equal(edition.methodology.previousActive, 4);
  // Why: Chloé is cited by Ada, Bob, Dan and Eve in 2025; reciprocity 2 of 4 partners (Ada, Eve).
  assert.equal(chloe?.why.citedBy, 4);
  assert.equal(chloe?.why.reciprocity, 0.5);
  assert.equal(chloe?.why.relayers.length, 2);
  const shares = chloe?.why.relayers.map((r) => r.share) ?? [];
  assert.ok(shares[0] !== undefined && shares[1] !== undefined && shares[0] >= shares[1] && shares[0] > 0);
  // The "why" is read from the edges into these people only: the same relayers and shares as the
  // full-graph explanation of the person panel.
  for (const row of edition.rows) {
    const full = explainPerson(db, row.personId, edition.runId)?.contributors.filter((c) => c.share > 0).slice(0, 2) ?? [];
    assert.deepEqual(row.why.relayers.map((r) => [r.personId, r.share.toFixed(12)]), full.map((c) => [c.personId, c.share.toFixed(12)]), row.name);
  }
  // By role: the CMOs of 2025 in top's order for --role cmo, ranked among CMOs.
  const cmos = topEdition(db, { year: 2025, role: 'cmo' });
  assert.deepEqual(cmos.rows.map((r) => r.personId), ranking(db, { runId: cmos.runId, role: 'cmo', limit: 30 }).rows.map((r) => r.personId));
  assert.deepEqual(cmos.rows.map((r) => r.rank), [1, 2, 3]);
  db.close();
});

test('stored runs of the window are reused until the data scores read changes (a note does not)', () => {
  const db = history();
  const first = topEdition(db, { year: 2025 });
  const again = topEdition(db, { year: 2025 });
  assert.deepEqual([again.runId, again.previousRunId], [first.runId, first.previousRunId]);
  assert.ok(first.previousRunId < first.runId, 'the edition run is the latest');
  db.prepare("UPDATE person SET notes = 'met at the forum' WHERE id = 1").run();
  const noted = topEdition(db, { year: 2025 });
  assert.deepEqual([noted.runId, noted.previousRunId], [first.runId, first.previousRunId]);
  db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (1, 2, 'met', 'in_person', '2025-06-01')").run();
  const after = topEdition(db, { year: 2025 });
  assert.ok(after.runId > first.runId && after.previousRunId > first.runId);
  db.close();
});

test('the report: escaped names, rank changes, methodology, in French and in English', () => {
  const db = history();
  const edition = topEdition(db, { year: 2025, n: 5 }, new Date('2026-01-15T00:00:00Z'));
  const en = topReportHtml(edition, { language: 'en', networkName: 'Club <b>' });
  const fr = topReportHtml(edition, { language: 'fr', networkName: 'Club' });
  assert.doesNotMatch(en, /<img/);
  assert.match(en, /Eve &lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(en, /Network “Club &lt;b&gt;”/);
  assert.match(en, /<title>Top 5 most influential people — 2025<\/title>/);
  assert.match(fr, /<title>Les 5 personnes les plus influentes — 2025<\/title>/);
  assert.match(en, /<h2>Methodology<\/h2>/);
  assert.match(fr, /<h2>Méthodologie<\/h2>/);
  assert.match(en, /damping 0.85/);
  assert.match(fr, /amortissement 0,85/);
  assert.match(en, /Relayed most by Eve &lt;img src=x onerror=alert\(1\)&gt; \(60%\) and Ada \(21%\) · cited or answered by 4 people · 50% of ties both ways · expert/);
  assert.match(fr, /Relayé surtout par Eve &lt;img src=x onerror=alert\(1\)&gt; \(60\s%\) et Ada \(21\s%\) · cité ou répondu par 4 personnes · 50\s% de liens réciproques/);
  assert.match(en, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.doesNotMatch(en, /<script|<link|src="http/);
  assert.equal((en.match(/<tr data-person=/g) ?? []).length, 5);
  const t = translator('en');
  assert.deepEqual([rankChange({ rank: 1, previousRank: 4 }, t), rankChange({ rank: 3, previousRank: 1 }, t), rankChange({ rank: 2, previousRank: 2 }, t), rankChange({ rank: 2, previousRank: null }, t)], ['↑3', '↓2', '=', 'new']);
  assert.equal(rankChange({ rank: 2, previousRank: null }, translator('fr')), 'entrée');
  db.close();
});
