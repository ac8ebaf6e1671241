// Malformed GEXF corpus, generated from a good file: each input is refused with an ImportError
// naming the file (and the line where it makes sense), and the network is left untouched.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';
import { parseGexf } from './gexf';
import { junkBytes, latin1, tableCounts, truncations, utf16le, type MalformedCase } from '../../../../test-support/graph-import';
import { parseGraphml } from './graphml';
import { parseJsonBackup } from './json-backup';

const dir = mkdtempSync(join(tmpdir(), 'maillage-gexf-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const node = (id: string, label: string, role = 'peer', followers = '10') =>
  `      <node id="${id}" label="${label}">\n        <attvalues>\n          <attvalue for="0" value="${role}"/>\n          <attvalue for="1" value="${followers}"/>\n        </attvalues>\n      </node>`;
const edge = (id: string, s: string, t: string, weight = '1.0', kind = 'reply') =>
  `      <edge id="${id}" source="${s}" target="${t}" weight="${weight}">\n        <attvalues><attvalue for="k" value="${kind}"/></attvalues>\n      </edge>`;

function gexf(nodes: string[], edges: string[], root = 'gexf', prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
${prolog}<${root} xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="role" type="string"/>
      <attribute id="1" title="followers" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="k" title="kind" type="string"/>
    </attributes>
    <nodes>
${nodes.join('\n')}
    </nodes>
    <edges>
${edges.join('\n')}
    </edges>
  </graph>
</${root}>
`;
}

const NODES = [node('a', 'Élodie Martin', 'cmo'), node('b', 'Marc &amp; Fils'), node('c', 'Inès'), node('d', 'Zoé')];
const EDGES = [edge('0', 'a', 'b'), edge('1', 'b', 'c'), edge('2', 'c', 'a', '2.5', 'mention'), edge('3', 'd', 'a')];
const good = gexf(NODES, EDGES);

const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
${gexf([node('a', '&lol9;'), node('b', 'B')], [edge('0', 'a', 'b')]).replace(/^<\?xml[^>]*>\n/, '')}`;

const cases: MalformedCase[] = [
  { name: 'empty file', content: '', line: true, says: 'empty' },
  { name: 'only whitespace', content: '  \n\n ', line: true, says: 'empty' },
  ...truncations(good),
  { name: 'cut one character before the end', content: good.trimEnd().slice(0, -1), line: true },
  { name: 'UTF-16 LE with BOM', content: utf16le(good), line: true, says: 'UTF-16' },
  { name: 'UTF-16 LE without BOM', content: utf16le(good, false), line: true, says: 'NUL' },
  { name: 'Latin-1 with accents', content: latin1(good), line: true, says: 'UTF-8' },
  { name: 'wrong root element', content: gexf(NODES, EDGES, 'gefx'), line: true, says: '<gefx>' },
  {
    name: 'GraphML given as GEXF',
    content: '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>\n',
    line: true,
    says: 'graphml',
  },
  { name: 'JSON given as GEXF', content: '{"maillage": 1, "people": []}\n', line: true },
  { name: 'CSV given as GEXF', content: 'name,role\nAlice,cmo\n', line: true },
  { name: 'no <graph> element', content: '<?xml version="1.0"?>\n<gexf version="1.3"><meta/></gexf>\n', says: '<graph>' },
  { name: 'node without id', content: gexf([...NODES, '      <node label="No id"/>'], EDGES), line: true, says: 'no id' },
  { name: 'duplicate node id', content: gexf([...NODES, node('b', 'Again')], EDGES), line: true, says: 'twice' },
  { name: 'edge to an unknown node', content: gexf(NODES, [...EDGES, edge('9', 'a', 'ghost')]), line: true, says: 'ghost' },
  { name: 'edge without source', content: gexf(NODES, [...EDGES, '      <edge id="9" target="a"/>']), line: true, says: 'source' },
  { name: 'non-numeric weight', content: gexf(NODES, [...EDGES, edge('9', 'a', 'c', 'heavy')]), line: true, says: 'weight' },
  { name: 'negative weight', content: gexf(NODES, [...EDGES, edge('9', 'a', 'c', '-2')]), line: true, says: 'weight' },
  { name: 'NaN weight', content: gexf(NODES, [...EDGES, edge('9', 'a', 'c', 'NaN')]), line: true, says: 'weight' },
  { name: 'unknown interaction kind', content: gexf(NODES, [...EDGES, edge('9', 'a', 'c', '1', 'hug')]), line: true, says: 'kind' },
  { name: 'non-numeric followers', content: gexf([...NODES, node('e', 'Eve', 'peer', 'lots')], EDGES), line: true, says: 'count' },
  { name: 'billion laughs', content: laughs, line: true, says: 'DOCTYPE', withinMs: 1000 },
  {
    name: 'external entity (XXE)',
    content: good.replace('<gexf', '<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf').replace('Zoé', '&xxe;'),
    line: true,
    says: 'DOCTYPE',
  },
  { name: '300 kB label', content: gexf([...NODES, node('e', 'x'.repeat(300_000))], EDGES), line: true, says: 'characters' },
  {
    name: '300 kB unknown attribute value',
    content: gexf([...NODES, node('e', 'Eve').replace('<attvalues>', `<attvalues>\n          <attvalue for="blob" value="${'y'.repeat(300_000)}"/>`)], EDGES),
    line: true,
    says: 'characters',
  },
  { name: 'binary junk', content: junkBytes(4096) },
  { name: 'NUL byte in a label', content: good.replace('Inès', 'In\u0000ès'), line: true, says: 'NUL' },
  { name: 'mismatched closing tag', content: good.replace('</nodes>', '</node>'), line: true },
  { name: 'unclosed attribute quote', content: good.replace('label="Zoé"', 'label="Zoé'), line: true },
  { name: 'two root elements', content: `${good}<gexf/>\n`, line: true },
  { name: 'text after the root element', content: `${good}trailing junk\n`, line: true },
];

let db: Db;
let before_: Record<string, number>;
before(async () => {
  db = openDatabase(':memory:', { create: true });
  const path = join(dir, 'good.gexf');
  writeFileSync(path, good);
  const summary = await importFile(db, 'gexf', path);
  assert.equal(summary.added.people, 4);
  assert.equal(summary.added.interactions, 4);
  before_ = tableCounts(db);
});

test('the corpus has at least 30 malformed inputs', () => assert.ok(cases.length >= 30, String(cases.length)));

cases.forEach((c, i) => {
  test(`malformed GEXF: ${c.name}`, async () => {
    const fileName = `bad-${i}.gexf`;
    const path = join(dir, fileName);
    writeFileSync(path, c.content);
    const started = performance.now();
    await assert.rejects(importFile(db, 'gexf', path), (error: unknown) => {
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

test('files over 512 MB are refused before reading (GEXF, GraphML, JSON backup)', async () => {
  const path = join(dir, 'huge.gexf');
  writeFileSync(path, '');
  truncateSync(path, 513 * 1024 * 1024); // sparse: no disk used
  for (const parse of [parseGexf, parseGraphml, parseJsonBackup]) {
    const started = performance.now();
    await assert.rejects(parse(path), (error: unknown) => error instanceof ImportError && /512 MB/.test(error.message) && error.message.startsWith('huge.gexf'));
    assert.ok(performance.now() - started < 500);
  }
  rmSync(path);
});
