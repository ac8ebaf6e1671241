// Parses GraphML as networkx, Gephi and yEd write it: <key id="d0" for="node" attr.name="…">
// declarations, <data key="…"> values; node attributes named like person fields become the
// person's fields, edges become interactions (both ways when undirected). Nested graphs,
// hyperedges and ports are passed over with a warning.
import { emptyBundle, ImportError, type ImportBundle } from './bundle';
import { asImportError, displayName, type ParseOptions } from './common';
import { addEdge, attr, children, lineOfLazy, MAX_EXPANDED_INTERACTIONS, parseXml, personFromNode, readXmlFile, textOf, type Values, type XmlElement } from './xml-graph';

export async function parseGraphml(path: string, options: ParseOptions = {}): Promise<ImportBundle> {
  const file = displayName(path, options);
  try {
    return parseGraphmlText(await readXmlFile(path, file), file, options);
  } catch (error) {
    throw asImportError(file, error);
  }
}

interface Key {
  name: string;
  defaultValue?: string;
}

function keysFor(root: XmlElement, domain: 'node' | 'edge'): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    const forWhat = attr(k, 'for') ?? 'all';
    if (id === undefined || (forWhat !== domain && forWhat !== 'all')) continue;
    const def = children(k, 'default')[0];
    const defaultText = def ? textOf(def) : '';
    keys.set(id, { name: (attr(k, 'attr.name') ?? id).toLowerCase(), ...(defaultText ? { defaultValue: defaultText } : {}) });
  }
  return keys;
}

function valuesOf(element: XmlElement, keys: Map<string, Key>): Values {
  const values: Values = new Map();
  for (const k of keys.values()) if (k.defaultValue !== undefined) values.set(k.name, k.defaultValue);
  for (const d of children(element, 'data')) {
    const key = attr(d, 'key');
    if (key === undefined) continue;
    values.set(keys.get(key)?.name ?? key.toLowerCase(), textOf(d));
  }
  return values;
}

export function parseGraphmlText(text: string, file: string, options: ParseOptions = {}): ImportBundle {
  const root = parseXml(text, file, 'graphml');
  const graph = children(root, 'graph')[0];
  if (!graph) throw new ImportError(file, 'no <graph> element inside <graphml>', { line: 1 }, { key: 'noGraph', params: { root: 'graphml' } });
  const bundle = emptyBundle('graphml');
  const nodeKeys = keysFor(root, 'node');
  const edgeKeys = keysFor(root, 'edge');
  const edgedefault = attr(graph, 'edgedefault');
  if (edgedefault !== undefined && edgedefault !== 'directed' && edgedefault !== 'undirected') {
    throw new ImportError(file, `edgedefault "${edgedefault.slice(0, 40)}" is not directed or undirected`, { line: 1, field: 'edgedefault' }, { key: 'edgeDefault', params: { value: edgedefault.slice(0, 40) } });
  }
  const undirected = edgedefault === 'undirected';
  if (children(root, 'graph').length > 1) bundle.warnings.push({ message: 'only the first <graph> was read', why: { key: 'onlyFirstGraph' } });

  const nodes = children(graph, 'node');
  const edges = children(graph, 'edge');
  if (graph['hyperedge'] !== undefined) bundle.warnings.push({ message: 'hyperedges were passed over', why: { key: 'hyperedges' } });
  const total = nodes.length + edges.length;
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    const id = attr(node, 'id')?.trim();
    const place = lineOfLazy(text, 'node', i);
    if (!id) throw new ImportError(file, 'a <node> has no id', { line: place.line, field: 'id' }, { key: 'nodeNoId' });
    if (ids.has(id)) throw new ImportError(file, `node id "${id.slice(0, 80)}" appears twice`, { line: place.line, field: 'id' }, { key: 'nodeIdTwice', params: { node: id.slice(0, 80) } });
    ids.add(id);
    if (node['graph'] !== undefined) bundle.warnings.push({ message: `node "${id.slice(0, 80)}": its nested graph was passed over`, why: { key: 'nestedGraph', params: { node: id.slice(0, 80) } } });
    bundle.people.push(personFromNode(file, id, valuesOf(node, nodeKeys), bundle, place));
    if (i % 5000 === 0) options.onProgress?.(i, total);
  });
  const budget = { left: MAX_EXPANDED_INTERACTIONS };
  edges.forEach((edge, i) => {
    const place = lineOfLazy(text, 'edge', i);
    const from = attr(edge, 'source')?.trim();
    const to = attr(edge, 'target')?.trim();
    if (!from || !to) throw new ImportError(file, `an <edge> has no ${from ? 'target' : 'source'}`, { line: place.line, field: from ? 'target' : 'source' }, { key: from ? 'edgeNoTarget' : 'edgeNoSource' });
    for (const end of [from, to]) {
      if (!ids.has(end)) throw new ImportError(file, `an edge refers to node "${end.slice(0, 80)}", which is not among the <node>s`, { line: place.line }, { key: 'edgeUnknownGraphmlNode', params: { node: end.slice(0, 80) } });
    }
    const directed = attr(edge, 'directed');
    const bothWays = directed === undefined ? undirected : directed === 'false';
    try {
      addEdge(file, bundle, { from: `node:${from}`, to: `node:${to}`, values: valuesOf(edge, edgeKeys), weight: undefined, bothWays }, {}, budget);
    } catch (error) {
      if (error instanceof ImportError && error.where.line === undefined) throw error.at({ ...error.where, line: place.line });
      throw error;
    }
    if (i % 5000 === 0) options.onProgress?.(nodes.length + i, total);
  });
  options.onProgress?.(total, total);
  return bundle;
}
