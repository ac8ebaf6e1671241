// What the graph exports (GEXF, GraphML) share: people with their latest scores, interactions
// aggregated per ordered pair (kind-weighted, DESIGN.md), and XML 1.0 text escaping.
import { INTERACTION_KINDS, type InteractionKind } from '../../../shared/domain';
import { communityLabel, type PersonScores } from '../../../shared/scores';

import type { Db } from '../db/connection';
import { exportPeople as storedPeople } from '../db/export-rows';
import { latestRunId } from '../db/score-runs';
import { communityLabels } from '../communities';

export { exportEdges } from '../db/export-rows';

/** The people with their latest scores and their community's lasting name (communities.ts). */
export function exportPeople(db: Db): ExportPerson[] {
  const names = communityLabels(db, latestRunId(db));
  return storedPeople(db).map((p) => ({ ...p, communityName: names.get(p.scores?.community ?? -1) ?? null }));
}

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
  /** The community's name in the run, in English; set by exportPeople here (absent from the store's rows). */
  communityName?: string | null;
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
  { name: 'community_name', type: 'string', value: (p) => p.communityName ?? null },
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
