// What the graph exports (GEXF, GraphML) share: people with their latest scores, interactions
// aggregated per ordered pair (kind-weighted, DESIGN.md), and XML 1.0 text escaping.
import { DEFAULT_KIND_WEIGHTS, INTERACTION_KINDS, type InteractionKind } from '../../../shared/domain';
import { communityLabel, type PersonScores } from '../../../shared/scores';
import type { Db } from '../db/connection';
import { runScoresTable } from '../db/score-queries';
import { latestRunId } from '../scores/run';
import { communityLabels } from '../communities';

export interface ExportPerson {
  id: number;
  name: string;
  role: string;
  organisation: string | null;
  title: string | null;
  gender: string | null;
  followers: number | null;
  isMe: boolean;
  originalPosts: number | null;
  reposts: number | null;
  x: string | null;
  linkedin: string | null;
  email: string | null;
  scores: PersonScores | undefined;
  /** The community's name in the run (communities.ts), in English. */
  communityName: string | null;
}

export interface ExportEdge {
  from: number;
  to: number;
  /** Summed kind weights × interaction weights (the edge weight of G with default kind weights). */
  weight: number;
  count: number;
  byKind: Record<InteractionKind, number>;
}

export type AttrType = 'string' | 'integer' | 'double' | 'boolean';

/** Node attributes in the order both exports declare them; values null are left out. */
export const NODE_ATTRIBUTES: ReadonlyArray<{ name: string; type: AttrType; value: (p: ExportPerson) => string | number | boolean | null }> = [
  { name: 'role', type: 'string', value: (p) => p.role },
  { name: 'organisation', type: 'string', value: (p) => p.organisation },
  { name: 'title', type: 'string', value: (p) => p.title },
  { name: 'gender', type: 'string', value: (p) => p.gender },
  { name: 'followers', type: 'integer', value: (p) => p.followers },
  { name: 'is_me', type: 'boolean', value: (p) => p.isMe },
  { name: 'x_handle', type: 'string', value: (p) => p.x },
  { name: 'linkedin', type: 'string', value: (p) => p.linkedin },
  { name: 'email', type: 'string', value: (p) => p.email },
  { name: 'original_posts', type: 'integer', value: (p) => p.originalPosts },
  { name: 'reposts', type: 'integer', value: (p) => p.reposts },
  { name: 'pagerank', type: 'double', value: (p) => p.scores?.pagerank ?? null },
  { name: 'betweenness', type: 'double', value: (p) => p.scores?.betweenness ?? null },
  { name: 'closeness', type: 'double', value: (p) => p.scores?.closeness ?? null },
  { name: 'authority', type: 'double', value: (p) => p.scores?.authority ?? null },
  { name: 'hub', type: 'double', value: (p) => p.scores?.hub ?? null },
  { name: 'clustering', type: 'double', value: (p) => p.scores?.clustering ?? null },
  { name: 'community', type: 'integer', value: (p) => (p.scores ? communityLabel(p.scores.community) : null) },
  { name: 'community_name', type: 'string', value: (p) => p.communityName },
  { name: 'reciprocity', type: 'double', value: (p) => p.scores?.reciprocity ?? null },
  { name: 'constraint', type: 'double', value: (p) => p.scores?.constraint ?? null },
  { name: 'creator_ratio', type: 'double', value: (p) => p.scores?.creatorRatio ?? null },
  { name: 'audience', type: 'integer', value: (p) => p.scores?.audience ?? null },
  { name: 'influence', type: 'double', value: (p) => p.scores?.influence ?? null },
  { name: 'quadrant', type: 'string', value: (p) => p.scores?.quadrant ?? null },
];

/** Edge attributes besides the weight: the interaction count, then one count per kind. */
export const EDGE_COUNT_ATTRIBUTES: ReadonlyArray<{ name: string; value: (e: ExportEdge) => number }> = [
  { name: 'count', value: (e) => e.count },
  ...INTERACTION_KINDS.map((kind) => ({ name: `count_${kind}`, value: (e: ExportEdge) => e.byKind[kind] })),
];

export function exportPeople(db: Db): ExportPerson[] {
  const runId = latestRunId(db);
  const scores = new Map<number, PersonScores>((runId === null ? [] : runScoresTable(db, runId)).map((s) => [s.personId, s]));
  const names = communityLabels(db, runId);
  const handles = new Map<number, { x?: string; linkedin?: string; email?: string }>();
  for (const h of db.prepare("SELECT person_id, kind, value FROM handle WHERE kind IN ('x','linkedin','email') ORDER BY id").all() as Array<{ person_id: number; kind: 'x' | 'linkedin' | 'email'; value: string }>) {
    const entry = handles.get(h.person_id) ?? {};
    entry[h.kind] ??= h.value;
    handles.set(h.person_id, entry);
  }
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.role, o.name AS organisation, p.title, p.gender, p.followers, p.is_me, p.original_posts, p.reposts
       FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id`,
    )
    .all() as Array<{ id: number; name: string; role: string; organisation: string | null; title: string | null; gender: string | null; followers: number | null; is_me: number; original_posts: number | null; reposts: number | null }>;
  return rows.map((r) => {
    const h = handles.get(r.id) ?? {};
    return {
      id: r.id, name: r.name, role: r.role, organisation: r.organisation, title: r.title, gender: r.gender, followers: r.followers,
      isMe: r.is_me === 1, originalPosts: r.original_posts, reposts: r.reposts, x: h.x ?? null, linkedin: h.linkedin ?? null,
      email: h.email ?? null, scores: scores.get(r.id), communityName: names.get(scores.get(r.id)?.community ?? -1) ?? null,
    };
  });
}

/** One edge per ordered pair, over all interactions (no window: an export is the whole network). */
export function exportEdges(db: Db): ExportEdge[] {
  const caseWeights = INTERACTION_KINDS.map((k) => `WHEN '${k}' THEN ${DEFAULT_KIND_WEIGHTS[k]}`).join(' ');
  const perKind = INTERACTION_KINDS.map((k) => `sum(kind = '${k}')`).join(', ');
  const rows = db
    .prepare(
      `SELECT from_person_id, to_person_id, sum(weight * CASE kind ${caseWeights} END), count(*), ${perKind}
       FROM interaction GROUP BY from_person_id, to_person_id ORDER BY from_person_id, to_person_id`,
    )
    .raw()
    .all() as number[][];
  return rows.map((r) => {
    const byKind = {} as Record<InteractionKind, number>;
    INTERACTION_KINDS.forEach((k, i) => (byKind[k] = r[4 + i] as number));
    return { from: r[0] as number, to: r[1] as number, weight: r[2] as number, count: r[3] as number, byKind };
  });
}

// Characters XML 1.0 forbids even as character references: C0 controls but tab/LF/CR,
// U+FFFE/U+FFFF and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in an XML attribute or element: illegal characters dropped, markup and whitespace escaped. */
export function xmlText(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] as string);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function xmlValue(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return xmlText(value);
}
