// CSV export: one row per person with the latest run's scores (DESIGN.md's score columns) plus
// title, gender and handles; every cell goes through csvCell, which neutralises formulas.
import { csvLine, type CsvSeparator } from '../../../shared/csv';
import { communityLabel, SCORE_CSV_COLUMNS } from '../../../shared/scores';
import type { Db } from '../db/connection';
import { exportPeople } from './graph-data';

export const CSV_EXPORT_COLUMNS = [...SCORE_CSV_COLUMNS, 'title', 'gender', 'followers', 'x_handle', 'linkedin_url', 'email', 'community_name'] as const;

/**
 * With ";" (for Excel in French), the file starts with a UTF-8 byte order mark: without it that
 * Excel reads accented names as Windows-1252.
 */
export function exportCsv(db: Db, separator: CsvSeparator = ','): string {
  const lines = [csvLine([...CSV_EXPORT_COLUMNS], separator)];
  for (const p of exportPeople(db)) {
    const s = p.scores;
    lines.push(
      csvLine([
        p.id, p.name, p.role, p.organisation, s?.inDegree, s?.outDegree, s?.pagerank, s?.betweenness, s?.closeness, s?.authority, s?.hub,
        s?.clustering, s ? communityLabel(s.community) : undefined, s?.reciprocity, s?.constraint, s?.creatorRatio, s?.audience, s?.influence, s?.quadrant,
        p.title, p.gender, p.followers, p.x, p.linkedin, p.email, p.communityName,
      ], separator),
    );
  }
  return `${separator === ';' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
