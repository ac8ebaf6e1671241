// The rows the exports read from the store: every person with handles and latest scores, and
// interactions aggregated per ordered pair (kind-weighted, DESIGN.md).
import { DEFAULT_KIND_WEIGHTS, INTERACTION_KINDS, type InteractionKind } from '../../../shared/domain';
import type { PersonScores } from '../../../shared/scores';
import type { ExportEdge, ExportPerson } from '../export/graph-data';
import type { Db } from './connection';
import { runScoresTable } from './score-queries';
import { latestRunId } from './score-runs';

export function exportPeople(db: Db): ExportPerson[] {
  const runId = latestRunId(db);
  const scores = new Map<number, PersonScores>((runId === null ? [] : runScoresTable(db, runId)).map((s) => [s.personId, s]));
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
      email: h.email ?? null, scores: scores.get(r.id),
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
