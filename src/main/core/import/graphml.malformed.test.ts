// Malformed GraphML corpus, generated from a good file: each input is refused with an
// ImportError naming the file (and the line where it makes sense); the network is untouched.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';
import { junkBytes, latin1, tableCounts, truncations, utf16le, type MalformedCase } from '../../../../test-support/graph-import';

const dir = mkdtempSync(join(tmpdir(), 'maillage-graphml-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const node = (id: string, label: string, role = 'peer', followers = '10') =>
  `    <node id="${id}">\n      <data key="d0">${label}</data>\n      <data key="d1">${role}</data>\n      <data key="d2">${followers}</data>\n    </node>`;
const edge = (s: string, t: string, weight = '1.0', kind = 'reply') =>
  `    <edge source="${s}" target="${t}">\n      <data key="d3">${weight}</data>\n      <data key="d4">${kind}</data>\n    </edge>`;

function graphml(nodes: string[], edges: string[], root = 'graphml', graphAttrs = 'edgedefault="directed"', prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
${prolog}<${root} xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="role" attr.type="string"/>
  <key id="d2" for="node" attr.name="followers" attr.type="long"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d4" for="edge" attr.name="kind" attr.type="string"/>
  <graph id="G" ${graphAttrs}>
${nodes.join('\n')}
${edges.join('\n')}
  </graph>
</${root}>
`;
}

const NODES = [node('a', 'Élodie Martin', 'cmo'), node('b', 'Marc &amp; Fils'), node('c', 'Inès'), node('d', 'Zoé')];
const EDGES = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a', '2.5', 'mention'), edge('d', 'a')];
const good = graphml(NODES, EDGES);

const lol = ['<!ENTITY lol "lol">'];
for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
const laughs = `<?xml version="1.0"?>\n<!DOCTYPE graphml [\n${lol.join('\n')}\n]>\n${graphml([node('a', '&lol9;'), node('b', 'B')], [edge('a', 'b')]).replace(/^<\?xml[^>]*>\n/, '')}`;

const cases: MalformedCase[] = [
  { name: 'empty file', content: '', line: true, says: 'empty' },
  { name: 'only whitespace', content: '\n\n', line: true, says: 'empty' },
  ...truncations(good),
  { name: 'cut one character before the end', content: good.trimEnd().slice(0, -1), line: true },
  { name: 'UTF-16 LE with BOM', content: utf16le(good), line: true, says: 'UTF-16' },
  { name: 'UTF-16 LE without BOM', content: utf16le(good, false), line: true, says: 'NUL' },
  { name: 'Latin-1 with accents', content: latin1(good), line: true, says: 'UTF-8' },
  { name: 'wrong root element', content: graphml(NODES, EDGES, 'graph-ml'), line: true, says: '<graph-ml>' },
  {
    name: 'GEXF given as GraphML',
    content: '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/></nodes></graph></gexf>\n',
    line: true,
    says: 'gexf',
  },
  { name: 'JSON given as GraphML', content: '{"maillage": 1}\n', line: true },
  { name: 'no <graph> element', content: '<?xml version="1.0"?>\n<graphml><key id="d0" for="node"/></graphml>\n', says: '<graph>' },
  { name: 'unknown edgedefault', content: graphml(NODES, EDGES, 'graphml', 'edgedefault="sideways"'), line: true, says: 'edgedefault' },
  { name: 'node without id', content: graphml([...NODES, '    <node><data key="d0">No id</data></node>'], EDGES), line: true, says: 'no id' },
  { name: 'duplicate node id', content: graphml([...NODES, node('c', 'Again')], EDGES), line: true, says: 'twice' },
  { name: 'edge to an unknown node', content: graphml(NODES, [...EDGES, edge('ghost', 'a')]), line: true, says: 'ghost' },
  { name: 'edge without target', content: graphml(NODES, [...EDGES, '    <edge source="a"/>']), line: true, says: 'target' },
  { name: 'non-numeric weight', content: graphml(NODES, [...EDGES, edge('a', 'c', 'heavy')]), line: true, says: 'weight' },
  { name: 'zero weight', content: graphml(NODES, [...EDGES, edge('a', 'c', '0')]), line: true, says: 'weight' },
  { name: 'infinite weight', content: graphml(NODES, [...EDGES, edge('a', 'c', 'Infinity')]), line: true, says: 'weight' },
  { name: 'unknown interaction kind', content: graphml(NODES, [...EDGES, edge('a', 'c', '1', 'hug')]), line: true, says: 'kind' },
  { name: 'non-numeric followers', content: graphml([...NODES, node('e', 'Eve', 'peer', '12 thousand')], EDGES), line: true, says: 'count' },
  { name: 'billion laughs', content: laughs, line: true, says: 'DOCTYPE', withinMs: 1000 },
  {
    name: 'external entity (XXE)',
    content: good.replace('<graphml', '<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<graphml').replace('Zoé', '&xxe;'),
    line: true,
    says: 'DOCTYPE',
  },
  { name: '300 kB label', content: graphml([...NODES, node('e', 'x'.repeat(300_000))], EDGES), line: true, says: 'characters' },
  { name: 'binary junk', content: junkBytes(4096, 11) },
  { name: 'NUL byte in a label', content: good.replace('Inès', 'In\u0000ès'), line: true, says: 'NUL' },
  { name: 'mismatched closing tag', content: good.replace('</graph>', '</grap>'), line: true },
  { name: 'unclosed comment', content: good.replace('<graph id', '<!-- oops <graph id'), line: true },
  { name: 'two root elements', content: `${good}<graphml/>\n`, line: true },
  { name: 'text after the root element', content: `${good}junk\n`, line: true },
];

let db: Db;
let before_: Record<string, number>;
before(async () => {
  db = openDatabase(':memory:', { create: true });
  const path = join(dir, 'good.graphml');
  writeFileSync(path, good);
  const summary = await importFile(db, 'graphml', path);
  assert.equal(summary.added.people, 4);
  assert.equal(summary.added.interactions, 4);
  before_ = tableCounts(db);
});

test('the corpus has at least 30 malformed inputs', () => assert.ok(cases.length >= 30, String(cases.length)));

cases.forEach((c, i) => {
  test(`malformed GraphML: ${c.name}`, async () => {
    const fileName = `bad-${i}.graphml`;
    const path = join(dir, fileName);
    writeFileSync(path, c.content);
    const started = performance.now();
    await assert.rejects(importFile(db, 'graphml', path), (error: unknown) => {
      assert.ok(error instanceof ImportError, `expected an ImportError, got ${String(error)}`);
      assert.ok(error.message.startsWith(fileName), error.message);
      if (c.line) assert.ok(typeof error.where.line === 'number' && error.where.line >= 1, `no line in: ${error.message}`);
      if (c.says) assert.ok(error.message.toLowerCase().includes(c.says.toLowerCase()), `"${c.says}" not in: ${error.message}`);
      return true;
    });
    if (c.withinMs !== undefined) assert.ok(performance.now() - started < c.withinMs, `took ${performance.now() - started} ms`);
    assert.deepEqual(tableCounts(db), before_);
  });
});
