// GraphML export (as networkx and Gephi read it): people as nodes with their fields and latest
// scores, one directed weighted edge per ordered pair of interactions, typed <key>s d0, d1…
import type { Db } from '../db/connection';
import { EDGE_COUNT_ATTRIBUTES, exportEdges, exportPeople, NODE_ATTRIBUTES, xmlValue, type AttrType } from './graph-data';

const GRAPHML_TYPE: Record<AttrType, string> = { string: 'string', integer: 'long', double: 'double', boolean: 'boolean' };

export function exportGraphml(db: Db): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  let k = 0;
  const nodeKeys = [{ name: 'label', type: 'string' as AttrType }, ...NODE_ATTRIBUTES].map((a) => ({ ...a, id: `d${k++}` }));
  const weightKey = `d${k++}`;
  const edgeKeys = EDGE_COUNT_ATTRIBUTES.map((a) => ({ ...a, id: `d${k++}` }));
  for (const a of nodeKeys) out.push(`  <key id="${a.id}" for="node" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>`);
  out.push(`  <key id="${weightKey}" for="edge" attr.name="weight" attr.type="double"/>`);
  for (const a of edgeKeys) out.push(`  <key id="${a.id}" for="edge" attr.name="${a.name}" attr.type="long"><default>0</default></key>`);
  out.push('  <graph id="maillage" edgedefault="directed">');
  for (const p of exportPeople(db)) {
    out.push(`    <node id="${p.id}">`, `      <data key="d0">${xmlValue(p.name)}</data>`);
    NODE_ATTRIBUTES.forEach((a, i) => {
      const v = a.value(p);
      if (v !== null) out.push(`      <data key="${nodeKeys[i + 1]!.id}">${xmlValue(v)}</data>`);
    });
    out.push('    </node>');
  }
  for (const e of exportEdges(db)) {
    out.push(`    <edge source="${e.from}" target="${e.to}">`, `      <data key="${weightKey}">${e.weight}</data>`);
    // Zero counts are left out (absent = 0), as in the GEXF export.
    edgeKeys.forEach((a) => a.value(e) !== 0 && out.push(`      <data key="${a.id}">${a.value(e)}</data>`));
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
