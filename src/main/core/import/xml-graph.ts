// What the GEXF and GraphML parsers share: reading an XML file safely (size cap, no DOCTYPE so
// no entity expansion, validated with line numbers), and turning node/edge attributes into the
// bundle's people and interactions.
import { stat } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CHANNELS, DEFAULT_KIND_WEIGHTS, INTERACTION_KINDS, type InteractionKind } from '../../../shared/domain';
import { ImportError, type ImportBundle, type ImportedPerson } from './bundle';
import type { ImportReason } from '../../../shared/import-reasons';
import { ownValue } from '../../../shared/own-key';
import {
  expected,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  normaliseEmail,
  normaliseLinkedInUrl,
  normaliseXHandle,
  parseChannel,
  parseCount,
  parseGender,
  parseInteractionKind,
  parseIsoDate,
  parseRole,
  readUtf8File,
} from './common';

/** Largest XML file read: the whole text is held in memory. */
export const MAX_XML_BYTES = 512 * 1024 * 1024;
/** Most interactions one graph file may expand to (per-kind counts of exported edges). */
export const MAX_EXPANDED_INTERACTIONS = 5_000_000;

export type XmlElement = Record<string, unknown>;

export async function readXmlFile(path: string, file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ImportError(file, `cannot read the file (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  }
  if (size > MAX_XML_BYTES) {
    const mb = Math.round(size / 1024 / 1024);
    throw new ImportError(file, `the file is ${mb} MB; graph files larger than 512 MB are refused`, {}, { key: 'xmlTooLarge', params: { size: mb } });
  }
  if (size === 0) throw new ImportError(file, 'the file is empty', { line: 1 }, { key: 'emptyFile' });
  const text = await readUtf8File(path, file);
  if (!text.trim()) throw new ImportError(file, 'the file is empty', { line: 1 }, { key: 'emptyFile' });
  return text;
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const ARRAY_TAGS = new Set(['graph', 'attributes', 'attribute', 'nodes', 'node', 'edges', 'edge', 'attvalue', 'key', 'data']);

/** Parses XML text whose root must be `root`; DOCTYPEs (entity definitions) are refused outright. */
export function parseXml(text: string, file: string, root: 'gexf' | 'graphml'): XmlElement {
  const doctype = text.search(/<!DOCTYPE|<!ENTITY/i);
  if (doctype >= 0) {
    throw new ImportError(
      file,
      'the file has a DOCTYPE/ENTITY declaration; graph files never need one and entity expansion is refused for safety',
      { line: lineOfOffset(text, doctype) },
      { key: 'xmlDoctype' },
    );
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    // The parser's message can quote a whole tag stack (megabytes on hostile input): keep it short.
    const reason = valid.err.msg.length > 200 ? `${valid.err.msg.slice(0, 200)}…` : valid.err.msg;
    throw new ImportError(file, `not well-formed XML: ${reason}`, { line: valid.err.line }, { key: 'xmlNotWellFormed', params: { detail: reason } });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    alwaysCreateTextNode: true,
    textNodeName: '#text',
    trimValues: true,
    // Attributes never: GraphML's <data key=…> would otherwise become an array.
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
  });
  const doc = parser.parse(text) as XmlElement;
  const roots = Object.keys(doc).filter((k) => !k.startsWith('?') && k !== '#text' && k !== '#comment');
  const found = roots[0];
  if (found !== root) {
    const hint = found === 'graphml' ? ' (this is a GraphML file: import it as graphml)' : found === 'gexf' ? ' (this is a GEXF file: import it as gexf)' : '';
    const why: ImportReason =
      found === undefined
        ? { key: 'xmlNoRoot', params: { root } }
        : found === 'graphml'
          ? { key: 'xmlRootIsGraphml', params: { root } }
          : found === 'gexf'
            ? { key: 'xmlRootIsGexf', params: { root } }
            : { key: 'xmlWrongRoot', params: { found, root } };
    throw new ImportError(file, `the root element is <${found ?? 'none'}>; expected <${root}>${hint}`, { line: 1 }, why);
  }
  const top = doc[root];
  if (Array.isArray(top) || roots.length > 1) {
    const line = lineOfNth(text, roots.length > 1 ? (roots[1] as string) : root, Array.isArray(top) ? 1 : 0) ?? 1;
    throw new ImportError(file, `the file has more than one root element; expected a single <${root}>`, { line }, { key: 'xmlManyRoots', params: { root } });
  }
  return typeof top === 'object' && top !== null ? (top as XmlElement) : {};
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML's predefined entities and character references (the parser is told not to). */
export function decodeXml(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ownValue(NAMED_ENTITIES, ref) ?? whole;
  });
}

export function children(element: unknown, name: string): XmlElement[] {
  if (typeof element !== 'object' || element === null) return [];
  const value = (element as XmlElement)[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? (v as XmlElement) : { '#text': String(v) }));
}

export function attr(element: XmlElement, name: string): string | undefined {
  const v = element[name];
  return typeof v === 'string' ? decodeXml(v) : undefined;
}

export function textOf(element: XmlElement): string {
  const v = element['#text'];
  return typeof v === 'string' ? decodeXml(v) : typeof v === 'number' ? String(v) : '';
}

/** Line of the n-th (0-based) <tag …> in the text, for errors about parsed elements. */
export function lineOfNth(text: string, tag: string, n: number): number | undefined {
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}(?=[\\s/>])`, 'g');
  let k = 0;
  for (const m of text.matchAll(re)) {
    if (k++ === n) return lineOfOffset(text, m.index);
  }
  return undefined;
}

/** A place whose line is looked up only when an error needs it (the lookup scans the text). */
export function lineOfLazy(text: string, tag: string, n: number): { readonly line: number | undefined } {
  let cached: number | undefined | null = null;
  return {
    get line() {
      if (cached === null) cached = lineOfNth(text, tag, n);
      return cached;
    },
  };
}

/** Where a graph element sits, for errors. */
export interface Place {
  line?: number;
}

/** A node's values by attribute name (lower case), as declared by the file. */
export type Values = Map<string, string>;

const FIELD_NAMES: Record<string, string> = {
  label: 'name', name: 'name', role: 'role', organisation: 'organisation', organization: 'organisation', company: 'organisation', org: 'organisation',
  employer: 'organisation', title: 'title', 'job title': 'title', job_title: 'title', position: 'title', gender: 'gender', sex: 'gender',
  followers: 'followers', followers_count: 'followers', audience_followers: 'followers', twitter: 'x', x: 'x', x_handle: 'x',
  twitter_handle: 'x', 'twitter handle': 'x', 'x handle': 'x', handle: 'x', screen_name: 'x', linkedin: 'linkedin', linkedin_url: 'linkedin',
  'linkedin url': 'linkedin', email: 'email', 'e-mail': 'email', mail: 'email', is_me: 'is_me', original_posts: 'original_posts',
  reposts: 'reposts', notes: 'notes', tags: 'tags',
};

/** The person field an attribute title stands for (case-insensitive), or undefined. */
export function personField(title: string): string | undefined {
  return ownValue(FIELD_NAMES, title.trim().toLowerCase());
}

function checkLength(file: string, field: string, value: string, max: number, place: Place): string {
  if (value.length > max) throw new ImportError(file, `the value is ${value.length} characters long; at most ${max} are accepted`, { ...place, field }, { key: 'xmlValueTooLong', params: { length: value.length, max } });
  return value;
}

/** A person from a node's id and its values (titles lower-cased). */
export function personFromNode(file: string, id: string, values: Values, bundle: ImportBundle, place: Place): ImportedPerson {
  const person: ImportedPerson = { key: `node:${id}`, name: '', handles: [] };
  let label: string | undefined;
  for (const [title, raw] of values) {
    const field = personField(title);
    if (!field) {
      checkLength(file, title, raw, MAX_TEXT_LENGTH, place);
      continue;
    }
    const value = raw.trim();
    if (!value) continue;
    checkLength(file, title, value, field === 'notes' ? MAX_TEXT_LENGTH : MAX_NAME_LENGTH, place);
    switch (field) {
      case 'name':
        label = value;
        break;
      case 'role': {
        const role = parseRole(value);
        if (role) person.role = role;
        else bundle.warnings.push({ message: `node "${id}": role "${value}" is not one of the app's roles; kept as other`, why: { key: 'unknownRole', params: { node: id, value } } });
        break;
      }
      case 'organisation':
        person.organisation = value;
        break;
      case 'title':
        person.title = value;
        break;
      case 'gender': {
        const gender = parseGender(value);
        if (gender) person.gender = gender;
        else bundle.warnings.push({ message: `node "${id}": gender "${value}" was passed over (expected f, m or x)`, why: { key: 'unknownGender', params: { node: id, value } } });
        break;
      }
      case 'followers':
      case 'original_posts':
      case 'reposts': {
        const n = parseCount(value.replace(/\.0+$/, ''));
        if (n === null) throw new ImportError(file, `node "${id}": "${value}" is not a count (expected a whole number ≥ 0)`, { ...place, field: title }, { key: 'nodeBadCount', params: { node: id, value } });
        if (field === 'followers') person.followers = n;
        else if (field === 'reposts') person.reposts = n;
        else person.originalPosts = n;
        break;
      }
      case 'x': {
        const x = normaliseXHandle(value);
        if (x) person.handles.push({ kind: 'x', value: x });
        break;
      }
      case 'linkedin': {
        const li = normaliseLinkedInUrl(value);
        if (li) person.handles.push({ kind: 'linkedin', value: li });
        break;
      }
      case 'email': {
        const email = normaliseEmail(value);
        if (email) person.handles.push({ kind: 'email', value: email });
        break;
      }
      case 'is_me':
        if (/^(true|1|yes)$/i.test(value)) person.isMe = true;
        break;
      case 'notes':
        person.notes = value;
        break;
      case 'tags':
        person.tags = value.split(/[,;|]/).map((t) => t.trim()).filter(Boolean);
        break;
    }
  }
  const name = label ?? id;
  person.name = checkLength(file, 'label', name.trim(), MAX_NAME_LENGTH, place);
  if (!person.name && person.handles.length === 0) person.name = id;
  return person;
}

function tooManyInteractions(file: string, place: Place): ImportError {
  return new ImportError(file, `the edges add up to more than ${MAX_EXPANDED_INTERACTIONS} interactions`, place, { key: 'tooManyInteractions', params: { max: MAX_EXPANDED_INTERACTIONS } });
}

export function parseWeight(file: string, raw: string | undefined, place: Place): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw.trim());
  if (!Number.isFinite(n) || n <= 0) {
    const value = raw.slice(0, 40);
    throw new ImportError(file, `edge weight "${value}" is not a positive number`, { ...place, field: 'weight' }, { key: 'edgeBadWeight', params: { value } });
  }
  return n;
}

/**
 * Interactions for one edge. An edge that carries per-kind counts (count_mention…, as Maillage
 * exports them) becomes that many interactions of each kind, scaled so their kind-weighted sum
 * is the edge weight; otherwise one interaction of the edge's kind (default mention).
 */
export function addEdge(
  file: string,
  bundle: ImportBundle,
  edge: { from: string; to: string; values: Values; weight: string | undefined; bothWays: boolean },
  place: Place,
  budget: { left: number },
): void {
  const v = edge.values;
  const weight = parseWeight(file, edge.weight ?? v.get('weight'), place);
  const kindRaw = v.get('kind')?.trim();
  let kind: InteractionKind = 'mention';
  if (kindRaw) {
    const parsed = parseInteractionKind(kindRaw);
    if (!parsed) {
      const value = kindRaw.slice(0, 40);
      throw new ImportError(file, `edge kind "${value}" is not ${expected(INTERACTION_KINDS)}`, { ...place, field: 'kind' }, { key: 'edgeBadKind', params: { value, values: INTERACTION_KINDS.join(', ') } });
    }
    kind = parsed;
  }
  const channelRaw = v.get('channel')?.trim();
  const channel = channelRaw ? parseChannel(channelRaw) : 'other';
  if (!channel) {
    const value = channelRaw?.slice(0, 40) ?? '';
    throw new ImportError(file, `edge channel "${value}" is not ${expected(CHANNELS)}`, { ...place, field: 'channel' }, { key: 'edgeBadChannel', params: { value, values: CHANNELS.join(', ') } });
  }
  const atRaw = (v.get('at') ?? v.get('time') ?? v.get('date'))?.trim();
  const at = atRaw ? parseIsoDate(atRaw) : undefined;
  if (at === null) {
    const value = atRaw?.slice(0, 40) ?? '';
    throw new ImportError(file, `edge time "${value}" is not an ISO 8601 date`, { ...place, field: 'at' }, { key: 'edgeBadTime', params: { value } });
  }

  const counts: Array<[InteractionKind, number]> = [];
  for (const k of INTERACTION_KINDS) {
    const raw = v.get(`count_${k}`);
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 0) {
      const [name, value] = [`count_${k}`, raw.slice(0, 40)];
      throw new ImportError(file, `${name} "${value}" is not a whole number ≥ 0`, { ...place, field: name }, { key: 'edgeBadCount', params: { name, value } });
    }
    if (n > 0) counts.push([k, n]);
  }
  const pairs: Array<[string, string]> = edge.bothWays ? [[edge.from, edge.to], [edge.to, edge.from]] : [[edge.from, edge.to]];
  for (const [from, to] of pairs) {
    if (counts.length > 0 && !kindRaw) {
      const total = counts.reduce((s, [k, n]) => s + n * DEFAULT_KIND_WEIGHTS[k], 0);
      const scale = weight === undefined || total === 0 ? 1 : weight / total;
      const each = Math.abs(scale - 1) < 1e-12 ? 1 : scale;
      for (const [k, n] of counts) {
        budget.left -= n;
        if (budget.left < 0) throw tooManyInteractions(file, place);
        for (let i = 0; i < n; i++) bundle.interactions.push({ from, to, kind: k, channel, ...(at ? { at } : {}), ...(each !== 1 ? { weight: each } : {}) });
      }
    } else {
      if (--budget.left < 0) throw tooManyInteractions(file, place);
      bundle.interactions.push({ from, to, kind, channel, ...(at ? { at } : {}), ...(weight !== undefined && weight !== 1 ? { weight } : {}) });
    }
  }
}
