// The words of the Top N edition, shared by the HTML report (main) and its view (renderer) so
// both say the same thing: a rank change and the one-line "why" of a name.
import type { Reminder, TopEditionRow } from './watch';

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

/** Why a reminder is in the inbox, in one line: its rule and the figures behind it. */
export function reminderReason(reminder: Reminder, t: Translate, language: string): string {
  const date = (iso: string | null | undefined) => (iso ? new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)) : '—');
  const d = reminder.details;
  switch (reminder.kind) {
    case 'quiet_tie':
      return t('watch.reminders.reason.quiet_tie', { date: date(d.lastAt) });
    case 'quiet_bridge':
      return t('watch.reminders.reason.quiet_bridge', { count: d.communitySize ?? 0, date: date(d.lastAt) });
    case 'unanswered':
      return t('watch.reminders.reason.unanswered', { count: d.count ?? 0, date: date(d.since) });
    case 'unreturned':
      return t('watch.reminders.reason.unreturned', { count: d.count ?? 0 });
  }
}
