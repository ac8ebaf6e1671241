// GEXF export (the 1.2 namespace, which Gephi and networkx 2.x both read): people as nodes with
// their fields and latest scores, one directed weighted edge per ordered pair of interactions.
import type { Db } from '../db/connection';
import { EDGE_COUNT_ATTRIBUTES, exportEdges, exportPeople, NODE_ATTRIBUTES, xmlText, xmlValue } from './graph-data';

export function exportGexf(db: Db, now: Date = new Date()): string {
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
    '    <creator>Maillage</creator>',
    '    <description>Interaction network: people, and who interacts with whom (weights: kind-weighted interaction counts)</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node" mode="static">',
  );
  for (const a of NODE_ATTRIBUTES) out.push(`      <attribute id="${a.name}" title="${a.name}" type="${a.type}"/>`);
  out.push('    </attributes>', '    <attributes class="edge" mode="static">');
  for (const a of EDGE_COUNT_ATTRIBUTES) out.push(`      <attribute id="${a.name}" title="${a.name}" type="integer"><default>0</default></attribute>`);
  out.push('    </attributes>', '    <nodes>');
  for (const p of exportPeople(db)) {
    out.push(`      <node id="${p.id}" label="${xmlText(p.name)}">`, '        <attvalues>');
    for (const a of NODE_ATTRIBUTES) {
      const v = a.value(p);
      if (v !== null) out.push(`          <attvalue for="${a.name}" value="${xmlValue(v)}"/>`);
    }
    out.push('        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  let id = 0;
  for (const e of exportEdges(db)) {
    out.push(`      <edge id="${id++}" source="${e.from}" target="${e.to}" weight="${e.weight}">`, '        <attvalues>');
    // Zero counts are left out (absent = 0): most pairs use one or two kinds, and it halves the file.
    for (const a of EDGE_COUNT_ATTRIBUTES) if (a.value(e) !== 0) out.push(`          <attvalue for="${a.name}" value="${a.value(e)}"/>`);
    out.push('        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
