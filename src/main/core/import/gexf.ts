// Parses GEXF (1.1, 1.2, 1.3) as Gephi and networkx write it: nodes with labels and <attvalues>
// whose "for" ids are declared in <attributes class="node"> with titles; edges become
// interactions (both ways when undirected). viz:* and dynamics are passed over.
import { emptyBundle, ImportError, type ImportBundle } from './bundle';
import { asImportError, displayName, parseInteractionKind, type ParseOptions } from './common';
import { addEdge, attr, children, lineOfLazy, MAX_EXPANDED_INTERACTIONS, parseXml, personFromNode, readXmlFile, type Values, type XmlElement } from './xml-graph';

export async function parseGexf(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    return parseGexfText(await readXmlFile(path, file), file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

interface Declared {
  title: string;
  defaultValue?: string;
}

function declarations(graph: XmlElement, cls: 'node' | 'edge'): Map<string, Declared> {
  const declared = new Map<string, Declared>();
  for (const group of children(graph, 'attributes')) {
    if ((attr(group, 'class') ?? 'node') !== cls) continue;
    for (const a of children(group, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const def = children(a, 'default')[0];
      const defaultText = def ? String(def['#text'] ?? '') : undefined;
      declared.set(id, { title: (attr(a, 'title') ?? id).toLowerCase(), ...(defaultText ? { defaultValue: defaultText } : {}) });
    }
  }
  return declared;
}

function valuesOf(element: XmlElement, declared: Map<string, Declared>): Values {
  const values: Values = new Map();
  for (const d of declared.values()) if (d.defaultValue !== undefined) values.set(d.title, d.defaultValue);
  for (const group of children(element, 'attvalues')) {
    for (const av of children(group, 'attvalue')) {
      const ref = attr(av, 'for') ?? attr(av, 'id');
      const value = attr(av, 'value');
      if (ref === undefined || value === undefined) continue;
      values.set(declared.get(ref)?.title ?? ref.toLowerCase(), value);
    }
  }
  return values;
}

export function parseGexfText(text: string, file: string, options: ParseOptions = {}): ImportBundle {
  const root = parseXml(text, file, 'gexf');
  const graph = children(root, 'graph')[0];
  if (!graph) throw new ImportError(file, 'no <graph> element inside <gexf>', { line: 1 }, { key: 'noGraph', params: { root: 'gexf' } });
  const bundle = emptyBundle('gexf');
  const nodeAttrs = declarations(graph, 'node');
  const edgeAttrs = declarations(graph, 'edge');
  const undirected = (attr(graph, 'defaultedgetype') ?? 'directed') !== 'directed';

  const nodes = children(graph, 'nodes').flatMap((n) => children(n, 'node'));
  const edges = children(graph, 'edges').flatMap((e) => children(e, 'edge'));
  const total = nodes.length + edges.length;
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    const id = attr(node, 'id')?.trim();
    const place = lineOfLazy(text, 'node', i);
    if (!id) throw new ImportError(file, 'a <node> has no id', { line: place.line, field: 'id' }, { key: 'nodeNoId' });
    if (ids.has(id)) throw new ImportError(file, `node id "${id.slice(0, 80)}" appears twice`, { line: place.line, field: 'id' }, { key: 'nodeIdTwice', params: { node: id.slice(0, 80) } });
    ids.add(id);
    const values = valuesOf(node, nodeAttrs);
    const label = attr(node, 'label');
    if (label !== undefined) values.set('label', label);
    bundle.people.push(personFromNode(file, id, values, bundle, place));
    if (i % 5000 === 0) options.onProgress?.(i, total);
  });
  const budget = { left: MAX_EXPANDED_INTERACTIONS };
  edges.forEach((edge, i) => {
    const place = lineOfLazy(text, 'edge', i);
    const from = attr(edge, 'source')?.trim();
    const to = attr(edge, 'target')?.trim();
    if (!from || !to) throw new ImportError(file, `an <edge> has no ${from ? 'target' : 'source'}`, { line: place.line, field: from ? 'target' : 'source' }, { key: from ? 'edgeNoTarget' : 'edgeNoSource' });
    for (const end of [from, to]) {
      if (!ids.has(end)) throw new ImportError(file, `an edge refers to node "${end.slice(0, 80)}", which is not among the <nodes>`, { line: place.line }, { key: 'edgeUnknownNode', params: { node: end.slice(0, 80) } });
    }
    const type = attr(edge, 'type');
    const bothWays = type === undefined ? undirected : type !== 'directed';
    const values = valuesOf(edge, edgeAttrs);
    // GEXF 1.3 has its own edge "kind" attribute (free text); used only when it names an interaction kind.
    const xmlKind = attr(edge, 'kind');
    if (xmlKind !== undefined && !values.has('kind') && parseInteractionKind(xmlKind)) values.set('kind', xmlKind);
    try {
      addEdge(file, bundle, { from: `node:${from}`, to: `node:${to}`, values, weight: attr(edge, 'weight'), bothWays }, {}, budget);
    } catch (error) {
      if (error instanceof ImportError && error.where.line === undefined) throw error.at({ ...error.where, line: place.line });
      throw error;
    }
    if (i % 5000 === 0) options.onProgress?.(nodes.length + i, total);
  });
  options.onProgress?.(total, total);
  return bundle;
}
