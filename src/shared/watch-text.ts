// The words of the Top N edition, shared by the HTML report (main) and its view (renderer) so
// both say the same thing: a rank change and the one-line "why" of a name.
import type { TopEditionRow } from './watch';

/** A translation function: i18next's `t` in the renderer, the main process's own in the report. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "↑3", "↓2", "=", "new": the change against the same ranking a year earlier. */
export function rankChange(row: Pick<TopEditionRow, 'rank' | 'previousRank'>, t: Translate): string {
  if (row.previousRank === null) return t('watch.report.new');
  if (row.previousRank === row.rank) return t('watch.report.same');
  return row.previousRank > row.rank ? t('watch.report.up', { count: row.previousRank - row.rank }) : t('watch.report.down', { count: row.rank - row.previousRank });
}

/** The one-line "why" of a row: who relays them most, how many cite them, reciprocity, quadrant. */
export function whyLine(row: TopEditionRow, t: Translate, language: string): string {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const parts: string[] = [];
  if (row.why.relayers.length > 0) {
    const who = row.why.relayers.map((r) => t('watch.report.whyRelayer', { name: r.name, share: percent.format(r.share) })).join(t('watch.report.and'));
    parts.push(t('watch.report.whyRelayed', { who }));
  }
  parts.push(t('watch.report.whyCitedBy', { count: row.why.citedBy }));
  parts.push(row.why.reciprocity === null ? t('watch.report.whyNoPartner') : t('watch.report.whyReciprocity', { share: percent.format(row.why.reciprocity) }));
  if (row.why.quadrant) parts.push(t(`watch.report.quadrant.${row.why.quadrant}`));
  const line = parts.join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
