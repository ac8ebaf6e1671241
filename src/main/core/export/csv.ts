// CSV export: one row per person with the latest run's scores (DESIGN.md's score columns) plus
// title, gender and handles; every cell goes through csvCell, which neutralises formulas.
import { csvLine } from '../../../shared/csv';
import { SCORE_CSV_COLUMNS } from '../../../shared/scores';
import type { Db } from '../db/connection';
import { exportPeople } from './graph-data';

export const CSV_EXPORT_COLUMNS = [...SCORE_CSV_COLUMNS, 'title', 'gender', 'followers', 'x_handle', 'linkedin_url', 'email', 'community_name'] as const;

export function exportCsv(db: Db): string {
  const lines = [csvLine([...CSV_EXPORT_COLUMNS])];
  for (const p of exportPeople(db)) {
    const s = p.scores;
    lines.push(
      csvLine([
        p.id, p.name, p.role, p.organisation, s?.inDegree, s?.outDegree, s?.pagerank, s?.betweenness, s?.closeness, s?.authority, s?.hub,
        s?.clustering, s?.community, s?.reciprocity, s?.constraint, s?.creatorRatio, s?.audience, s?.influence, s?.quadrant,
        p.title, p.gender, p.followers, p.x, p.linkedin, p.email, p.communityName,
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
