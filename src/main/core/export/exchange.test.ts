// Exchange formats end to end: the sample network exported (GEXF, GraphML, JSON) and imported
// into an empty network gives the same people, graph and scores; networkx reads our files; we
// read networkx's and Gephi's; CSV neutralises formulas; hostile names survive.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DEFAULT_KIND_WEIGHTS, INTERACTION_KINDS } from '../../../shared/domain';
import type { PersonScores } from '../../../shared/scores';
import { openDatabase, type Db } from '../db/connection';
import { parseGexf } from '../import/gexf';
import { parseGraphml } from '../import/graphml';
import { parseJsonBackup } from '../import/json-backup';
import { ensureOrganisation } from '../db/organisations';
import { importFile } from '../import/run';
import { Network } from '../network';
import { runScoresTable } from '../db/score-queries';
import { latestRunId, runScores } from '../db/score-runs';
import { exportCsv } from './csv';
import { exportGexf } from './gexf';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from './index';

const dir = mkdtempSync(join(tmpdir(), 'maillage-exchange-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', 'import', 'fixtures', 'gexf');
const PYTHON = '/usr/bin/python3';

function sampleDb(): Db {
  const db = Network.create(':memory:', { sample: { seed: 2026 } }).db;
  runScores(db, {});
  return db;
}

function emptyDb(): Db {
  return openDatabase(':memory:', { create: true });
}

const kindCase = INTERACTION_KINDS.map((k) => `WHEN '${k}' THEN ${DEFAULT_KIND_WEIGHTS[k]}`).join(' ');

/** The aggregated interaction graph by names: "from → to" → weight, count and per-kind counts. */
function graphByName(db: Db): Map<string, { weight: number; count: number; kinds: string }> {
  const rows = db
    .prepare(
      `SELECT f.name AS f, t.name AS t, sum(i.weight * CASE i.kind ${kindCase} END) AS w, count(*) AS n,
              group_concat(i.kind) AS kinds
       FROM interaction i JOIN person f ON f.id = i.from_person_id JOIN person t ON t.id = i.to_person_id GROUP BY i.from_person_id, i.to_person_id`,
    )
    .all() as Array<{ f: string; t: string; w: number; n: number; kinds: string }>;
  return new Map(rows.map((r) => [`${r.f} → ${r.t}`, { weight: r.w, count: r.n, kinds: r.kinds.split(',').sort().join(',') }]));
}

function peopleByName(db: Db): Map<string, Record<string, unknown>> {
  const rows = db
    .prepare(
      `SELECT p.name, p.role, o.name AS organisation, p.title, p.gender, p.followers, p.is_me, p.original_posts, p.reposts,
              (SELECT group_concat(kind || ':' || value) FROM (SELECT kind, value FROM handle h WHERE h.person_id = p.id ORDER BY kind, value)) AS handles
       FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id`,
    )
    .all() as Array<Record<string, unknown> & { name: string }>;
  return new Map(rows.map((r) => [r.name, r]));
}

function scoresByName(db: Db): Map<string, PersonScores> {
  return new Map(runScoresTable(db, latestRunId(db) as number).map((s) => [s.name, s]));
}

const GRAPH_SCORES = ['inDegree', 'outDegree', 'weightedIn', 'weightedOut', 'pagerank', 'betweenness', 'closeness', 'authority', 'hub', 'clustering', 'reciprocity', 'constraint', 'influence', 'creatorRatio'] as const;

function assertSameScores(a: Map<string, PersonScores>, b: Map<string, PersonScores>, extra: ReadonlyArray<keyof PersonScores> = []): void {
  assert.equal(b.size, a.size);
  for (const [name, s] of a) {
    const t = b.get(name);
    assert.ok(t, `scores of ${name}`);
    for (const key of [...GRAPH_SCORES, ...extra]) {
      const x: unknown = s[key];
      const y: unknown = t[key];
      if (typeof x === 'number' && typeof y === 'number') assert.ok(Math.abs(x - y) <= 1e-9, `${name}.${key}: ${x} vs ${y}`);
      else assert.equal(y, x, `${name}.${key}`);
    }
  }
  // Communities: the same partition (labels may differ).
  const partition = (m: Map<string, PersonScores>) => {
    const groups = new Map<number, string[]>();
    for (const [name, s] of m) groups.set(s.community, [...(groups.get(s.community) ?? []), name]);
    return [...groups.values()].map((g) => g.sort().join('|')).sort();
  };
  assert.deepEqual(partition(b), partition(a));
}

async function roundTrip(format: ExportFormat, source: Db): Promise<Db> {
  const path = join(dir, `roundtrip.${format}`);
  await writeExport(source, format, path);
  const target = emptyDb();
  await importFile(target, format === 'json' ? 'json' : format === 'gexf' ? 'gexf' : 'graphml', path);
  runScores(target, {});
  return target;
}

for (const format of ['gexf', 'graphml'] as const) {
  test(`${format} round trip: same people, same aggregated graph, same scores`, async () => {
    const source = sampleDb();
    const started = performance.now();
    const target = await roundTrip(format, source);
    const ms = performance.now() - started;
    const a = peopleByName(source);
    const b = peopleByName(target);
    assert.equal(b.size, 300);
    for (const [name, p] of a) {
      const q = b.get(name);
      assert.ok(q, `person ${name}`);
      for (const field of ['role', 'organisation', 'title', 'gender', 'followers', 'is_me', 'original_posts', 'reposts']) assert.equal(q[field], p[field], `${name}.${field}`);
      // Exports carry one handle of each kind (x, linkedin, email).
      assert.equal(q['handles'], p['handles'], `${name}.handles`);
    }
    const ga = graphByName(source);
    const gb = graphByName(target);
    assert.equal(gb.size, ga.size);
    for (const [pair, e] of ga) {
      const f = gb.get(pair);
      assert.ok(f, pair);
      assert.ok(Math.abs(f.weight - e.weight) < 1e-9, `${pair} weight`);
      assert.equal(f.count, e.count, `${pair} count`);
      assert.equal(f.kinds, e.kinds, `${pair} kinds`);
    }
    // Audience and quadrant are left out: follow edges are not part of a graph export.
    assertSameScores(scoresByName(source), scoresByName(target));
    console.log(`# ${format}: export + import + scores of the sample network in ${ms.toFixed(0)} ms`);
  });
}

test('json round trip restores everything: people, handles, organisations, events and hosts, attendance, interactions, follows', async () => {
  const source = sampleDb();
  // An organisation nobody is filed under yet, hosting an event: both must survive the backup.
  const club = ensureOrganisation(source, 'Club des Directeurs Marketing — Lyon');
  source.prepare('UPDATE event SET host_organisation_id = ? WHERE id = (SELECT min(id) FROM event)').run(club);
  assert.equal((source.prepare('SELECT count(*) AS n FROM person WHERE organisation_id = ?').get(club) as { n: number }).n, 0);
  const target = await roundTrip('json', source);
  const dump = (db: Db) => ({
    people: [...peopleByName(db).values()].map((p) => ({ ...p })).sort((x, y) => String(x['name']).localeCompare(String(y['name']))),
    notes: db.prepare('SELECT name, notes, tags FROM person ORDER BY name').all(),
    organisations: db.prepare('SELECT name FROM organisation ORDER BY name').pluck().all(),
    events: db.prepare('SELECT e.name, e.kind, e.date, e.place, e.capacity, o.name AS host FROM event e LEFT JOIN organisation o ON o.id = e.host_organisation_id ORDER BY e.name, e.date').all(),
    attendance: db.prepare('SELECT p.name AS p, e.name AS e, a.role, a.status FROM attendance a JOIN person p ON p.id = a.person_id JOIN event e ON e.id = a.event_id ORDER BY p, e').all(),
    interactions: db
      .prepare('SELECT f.name AS f, t.name AS t, i.kind, i.channel, i.at, i.weight, i.external_id FROM interaction i JOIN person f ON f.id = i.from_person_id JOIN person t ON t.id = i.to_person_id ORDER BY i.external_id')
      .all(),
    follows: db.prepare('SELECT a.name AS a, b.name AS b FROM follow JOIN person a ON a.id = follower_id JOIN person b ON b.id = followed_id ORDER BY a, b').all(),
    handles: db.prepare('SELECT p.name, h.kind, h.value FROM handle h JOIN person p ON p.id = h.person_id ORDER BY h.kind, h.value').all(),
  });
  const a = dump(source);
  const b = dump(target);
  assert.equal(b.interactions.length, 5000);
  assert.equal(b.events.length, 12);
  assert.equal(b.attendance.length, 366);
  assert.equal(b.follows.length, 563);
  assert.ok(b.organisations.includes('Club des Directeurs Marketing — Lyon'));
  assert.equal(b.events.filter((e) => (e as { host: string | null }).host === 'Club des Directeurs Marketing — Lyon').length, 1);
  assert.deepEqual(b, a);
  assertSameScores(scoresByName(source), scoresByName(target), ['audience', 'quadrant', 'community']);
  // Re-importing the same backup adds nothing.
  const again = await importFile(target, 'json', join(dir, 'roundtrip.json'));
  assert.equal(again.alreadyImported, true);
});

const hostileNames = [
  '<script>alert(1)</script>',
  'Tom & Jerry "the cat" \'n\' mouse',
  ']]> <![CDATA[ x ]]>',
  '=HYPERLINK("x")',
  '@SUM(1)',
  '-2+3',
  'Ünïcødé 🚀 名前',
  'Line\nBreak\tTab',
  '&amp; already escaped &#60;',
];

function hostileDb(): Db {
  const db = emptyDb();
  const insert = db.prepare("INSERT INTO person (name, role, title, created_at) VALUES (?, 'other', ?, '2024-01-01')");
  const ids = hostileNames.map((name) => Number(insert.run(name, `title of ${name}`).lastInsertRowid));
  const interact = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel) VALUES (?, ?, 'reply', 'x')");
  ids.forEach((id, i) => interact.run(id, ids[(i + 1) % ids.length]));
  runScores(db, {});
  return db;
}

for (const format of ['gexf', 'graphml', 'json'] as const) {
  test(`${format}: hostile names round-trip exactly`, async () => {
    const target = await roundTrip(format, hostileDb());
    const names = (target.prepare('SELECT name, title FROM person ORDER BY id').all() as Array<{ name: string; title: string }>);
    assert.deepEqual(names.map((n) => n.name), hostileNames);
    assert.deepEqual(names.map((n) => n.title), hostileNames.map((n) => `title of ${n}`));
    assert.equal(graphByName(target).size, hostileNames.length);
  });
}

test('characters illegal in XML 1.0 are dropped, and the file stays well-formed', async () => {
  const db = emptyDb();
  db.prepare("INSERT INTO person (name, created_at) VALUES (?, '2024-01-01')").run('Bell\u0007 and NUL\u0000 and \uFFFE and VT\u000B end');
  const gexf = exportGexf(db);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(gexf, /[\u0000\u0007\uFFFE\u000B]/);
  const target = await roundTrip('gexf', db);
  assert.equal((target.prepare('SELECT name FROM person').get() as { name: string }).name, 'Bell and NUL and  and VT end');
});

test('csv export: one row per person with scores, formulas neutralised', () => {
  const db = hostileDb();
  const csv = exportCsv(db);
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'id,name,role,organisation,in_degree,out_degree,pagerank,betweenness,closeness,authority,hub,clustering,community,reciprocity,constraint,creator_ratio,audience,influence,quadrant,title,gender,followers,x_handle,linkedin_url,email,community_name');
  assert.ok(csv.includes(`,"'=HYPERLINK(""x"")",`), 'HYPERLINK neutralised');
  assert.ok(csv.includes(",'@SUM(1),"), '@SUM neutralised');
  assert.ok(csv.includes(",'-2+3,"), '-2+3 neutralised');
  assert.ok(!/,[=+@]/.test(csv), 'no cell starts with a formula character');
  const sample = exportCsv(sampleDb());
  assert.equal(sample.trimEnd().split('\r\n').length, 301);
});

function hasNetworkx(): string | false {
  const r = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
  return r.status === 0 ? false : `${PYTHON} cannot import networkx (${(r.error?.message ?? r.stderr).trim().split('\n').pop()})`;
}
const noNetworkx = hasNetworkx();

for (const format of ['gexf', 'graphml'] as const) {
  test(`networkx reads our ${format}`, { skip: noNetworkx }, async () => {
    const db = sampleDb();
    const path = join(dir, `networkx.${format}`);
    await writeExport(db, format, path);
    const script = `import json, sys, networkx as nx
g = nx.read_${format}(sys.argv[1])
n = next(iter(g.nodes))
print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "node": n,
  "pagerank": g.nodes[n]["pagerank"], "label": g.nodes[n].get("label"), "is_me": g.nodes[n]["is_me"],
  "weight": sum(w for _, _, w in g.edges(data="weight"))}))`;
    const r = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { directed: boolean; nodes: number; edges: number; node: string; pagerank: number; label: string; is_me: boolean; weight: number };
    const edges = (db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM interaction GROUP BY from_person_id, to_person_id)').get() as { n: number }).n;
    const totalWeight = (db.prepare(`SELECT sum(weight * CASE kind ${kindCase} END) AS w FROM interaction`).get() as { w: number }).w;
    assert.equal(out.directed, true);
    assert.equal(out.nodes, 300);
    assert.equal(out.edges, edges);
    assert.ok(Math.abs(out.weight - totalWeight) < 1e-6);
    const scores = runScoresTable(db, latestRunId(db) as number).find((s) => String(s.personId) === out.node)!;
    assert.equal(out.pagerank, scores.pagerank);
    assert.equal(out.label, scores.name);
    assert.equal(out.is_me, true);
  });
}

test('networkx fixtures: karate club and Florentine families, GEXF and GraphML', async () => {
  const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Record<string, { nodes: number; edges: number; directed: boolean; total_weight: number }> & {
    pagerank_karate: Record<string, number>;
  };
  for (const name of ['karate', 'florentine', 'directed'] as const) {
    for (const format of ['gexf', 'graphml'] as const) {
      const db = emptyDb();
      const summary = await importFile(db, format, join(fixtures, `${name}.${format}`));
      const e = expected[name]!;
      assert.equal(summary.added.people, e.nodes, `${name}.${format} people`);
      assert.equal(summary.added.interactions, e.directed ? e.edges : 2 * e.edges, `${name}.${format} interactions`);
      const w = (db.prepare(`SELECT sum(weight * CASE kind ${kindCase} END) AS w FROM interaction`).get() as { w: number }).w;
      assert.ok(Math.abs(w - (e.directed ? e.total_weight - 0.5 : 2 * e.total_weight)) < 1e-9, `${name}.${format} weight ${w}`);
      if (name === 'karate') {
        runScores(db, {});
        for (const s of runScoresTable(db, latestRunId(db) as number)) assert.ok(Math.abs(s.pagerank - expected.pagerank_karate[s.name]!) < 1e-9, `pagerank of ${s.name}`);
      }
      if (name === 'florentine') assert.ok(db.prepare("SELECT 1 FROM person WHERE name = 'Medici'").get());
      if (name === 'directed') {
        const ana = peopleByName(db).get('Ana <Ana> & "Co"')!;
        assert.deepEqual([ana['role'], ana['organisation'], ana['followers'], ana['handles']], ['journalist', 'Le Monde', 1200, 'x:ana_news']);
        const bruno = peopleByName(db).get('Bruno')!;
        assert.deepEqual([bruno['role'], bruno['organisation'], bruno['gender'], bruno['handles']], ['cmo', 'Acme', 'm', 'linkedin:https://www.linkedin.com/in/bruno-x']);
        assert.equal(peopleByName(db).get('Chloé')!['handles'], 'email:chloe@example.com');
        const kinds = db.prepare('SELECT f.name AS f, i.kind, i.channel, i.weight FROM interaction i JOIN person f ON f.id = i.from_person_id ORDER BY i.id').all();
        assert.deepEqual(kinds, [
          { f: 'Ana <Ana> & "Co"', kind: 'reply', channel: 'x', weight: 2.5 },
          { f: 'Bruno', kind: 'mention', channel: 'other', weight: 1 },
          { f: 'Chloé', kind: 'repost', channel: 'linkedin', weight: 1 },
        ]);
      }
    }
  }
});

test('Gephi-shaped GEXF 1.3: viz elements, numeric attribute ids with titles, defaults, per-edge type', async () => {
  const db = emptyDb();
  const summary = await importFile(db, 'gexf', join(fixtures, 'gephi.gexf'));
  assert.equal(summary.added.people, 3);
  const people = peopleByName(db);
  assert.deepEqual(people.get('Élodie Martin')!['role'], 'cmo');
  assert.deepEqual(people.get('Élodie Martin')!['organisation'], 'Société Générale');
  assert.deepEqual(people.get('Élodie Martin')!['followers'], 5400);
  assert.deepEqual(people.get('Élodie Martin')!['handles'], 'x:elodie_m');
  assert.deepEqual(people.get('Marc & Fils')!['role'], 'peer', 'default value of Role');
  assert.deepEqual(people.get('Marc & Fils')!['organisation'], 'Fils & Co');
  assert.deepEqual(people.get('Inès 🚀')!['role'], 'journalist');
  const edges = db.prepare('SELECT f.name AS f, t.name AS t, i.kind, i.weight FROM interaction i JOIN person f ON f.id = i.from_person_id JOIN person t ON t.id = i.to_person_id ORDER BY i.id').all();
  assert.deepEqual(edges, [
    { f: 'Élodie Martin', t: 'Marc & Fils', kind: 'reply', weight: 3 },
    { f: 'Marc & Fils', t: 'Inès 🚀', kind: 'mention', weight: 1 },
    { f: 'Inès 🚀', t: 'Marc & Fils', kind: 'mention', weight: 1 },
    { f: 'Inès 🚀', t: 'Élodie Martin', kind: 'quote', weight: 1 },
  ]);
});

test('every export format writes a file atomically; timings on a 100k-interaction network', async () => {
  const db = emptyDb();
  const people = 5000;
  const insertPerson = db.prepare("INSERT INTO person (name, role, created_at) VALUES (?, 'peer', '2024-01-01')");
  const insertInteraction = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, ?, 'x', '2024-01-01')");
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  db.transaction(() => {
    for (let i = 0; i < people; i++) insertPerson.run(`Person ${i}`);
    for (let k = 0; k < 100_000; k++) {
      const a = 1 + rand(people);
      const b = 1 + ((a + 1 + rand(people - 1)) % people);
      insertInteraction.run(a, b === a ? (a % people) + 1 : b, INTERACTION_KINDS[rand(INTERACTION_KINDS.length)]);
    }
  })();
  const timings: string[] = [];
  for (const format of EXPORT_FORMATS) {
    const path = join(dir, `big.${format}`);
    const started = performance.now();
    const { bytes } = await writeExport(db, format, path);
    timings.push(`${format} ${(performance.now() - started).toFixed(0)} ms (${(bytes / 1e6).toFixed(1)} MB)`);
    assert.equal(readFileSync(path).length, bytes);
  }
  const parsers = { gexf: parseGexf, graphml: parseGraphml, json: parseJsonBackup } as const;
  for (const format of ['gexf', 'graphml', 'json'] as const) {
    const parseStarted = performance.now();
    const bundle = await parsers[format](join(dir, `big.${format}`));
    assert.equal(bundle.interactions.length, 100_000);
    timings.push(`parse ${format} ${(performance.now() - parseStarted).toFixed(0)} ms`);
    const started = performance.now();
    const summary = await importFile(emptyDb(), format, join(dir, `big.${format}`));
    assert.equal(summary.added.interactions, 100_000);
    timings.push(`import ${format} ${(performance.now() - started).toFixed(0)} ms`);
  }
  console.log(`# 5,000 people, 100,000 interactions: ${timings.join('; ')}`);
  writeFileSync(join(dir, 'timings.txt'), timings.join('\n'));
});
