// The Top N edition as a self-contained, print-ready HTML page (FR/EN): the ranking table with
// rank changes and a one-line "why" per name, then the methodology. No script, no external
// resource (its own CSP says so); every name from the data is escaped.
import type { Language } from '../../../shared/i18n';
import { INTERACTION_KINDS } from '../../../shared/domain';
import type { ExportFile } from '../../../shared/imports';
import type { TopEdition } from '../../../shared/watch';
import { rankChange, whyLine, type Translate } from '../../../shared/watch-text';
import { translator } from '../../../shared/translate';
import { escapeHtml, longDate as formatDate, reportPage } from '../report-page';

function period(edition: TopEdition, which: 'window' | 'previousWindow', t: Translate, language: Language): string {
  const w = edition[which];
  if (edition.year !== null) return String(which === 'window' ? edition.year : edition.year - 1);
  return t('watch.report.period', { from: formatDate(w.from, language), to: formatDate(w.to, language) });
}

// What only the ranking needs, on top of the shared report style.
const STYLE = `
td.why { font-size: 9pt; color: #39424c; }
.up { color: #137333; } .down { color: #b3261e; } .new { color: #1a56b0; font-style: italic; }
section.methodology { break-before: auto; font-size: 9.5pt; }
`;

export interface TopReportOptions {
  language: Language;
  networkName: string;
}

export function topReportHtml(edition: TopEdition, { language, networkName }: TopReportOptions): string {
  const t = translator(language);
  const number = new Intl.NumberFormat(language);
  const one = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const h = (text: string) => escapeHtml(text);
  const when = period(edition, 'window', t, language);
  const title = edition.role
    ? t('watch.report.titleRole', { n: edition.n, role: t(`roles.${edition.role}`), period: when })
    : t('watch.report.title', { n: edition.n, period: when });
  const rows = edition.rows
    .map((row) => {
      const change = rankChange(row, t);
      const cls = row.previousRank === null ? 'new' : row.previousRank > row.rank ? 'up' : row.previousRank < row.rank ? 'down' : '';
      return `<tr data-person="${row.personId}"><td class="num">${row.rank}</td><td class="num ${cls}">${h(change)}</td><td class="name">${h(row.name)}</td><td>${h(t(`roles.${row.role}`))}</td><td>${h(row.organisation ?? '')}</td><td class="num">${one.format(row.influence)}</td><td class="num">${number.format(row.audience)}</td><td class="why">${h(whyLine(row, t, language))}</td></tr>`;
    })
    .join('\n');
  const m = edition.methodology;
  const weights = INTERACTION_KINDS.map((k) => `${t(`kinds.${k}`)} ${number.format(m.kindWeights[k])}`).join(', ');
  const day = (d: string) => formatDate(d, language);
  const body = `<header>
<h1>${h(title)}</h1>
<p>${h(t('watch.report.network', { name: networkName, people: m.people, ties: m.ties }))}</p>
<p class="muted">${h(t('watch.report.generated', { date: day(edition.generatedAt) }))} ${h(t('watch.report.changeHint', { period: period(edition, 'previousWindow', t, language) }))}</p>
</header>
<main>
${edition.rows.length === 0 ? `<p class="empty">${h(t('watch.report.empty'))}</p>` : `<table class="ranking">
<thead><tr><th class="num">${h(t('watch.report.rank'))}</th><th class="num">${h(t('watch.report.change'))}</th><th>${h(t('watch.report.name'))}</th><th>${h(t('watch.report.role'))}</th><th>${h(t('watch.report.organisation'))}</th><th class="num">${h(t('watch.report.influence'))}</th><th class="num">${h(t('watch.report.audience'))}</th><th>${h(t('watch.report.why'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`}
<section class="methodology">
<h2>${h(t('watch.report.methodology'))}</h2>
<p>${h(t('watch.report.methodData', { from: day(edition.window.from), to: day(edition.window.to) }))}</p>
<p>${h(t('watch.report.methodScore', { damping: number.format(m.damping) }))}</p>
<p>${h(t('watch.report.methodWeights', { weights }))}</p>
<p>${h(t('watch.report.methodOrder', { n: edition.n }))}</p>
<p>${h(t('watch.report.methodChange', { from: day(edition.previousWindow.from), to: day(edition.previousWindow.to), count: m.previousActive }))}</p>
<p>${h(t('watch.report.methodWhy'))}</p>
<p class="muted">${h(t('watch.report.methodRuns', { run: edition.runId, previous: edition.previousRunId, communities: m.communities, modularity: new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(m.modularity) }))} ${h(t('watch.report.print'))}</p>
</section>
</main>`;
  return reportPage({ language, title, extraStyle: STYLE, body });
}

/** The edition as a file to save: `top-30-2025-en.html`. */
export function topReportFile(edition: TopEdition, options: TopReportOptions): ExportFile {
  const span = edition.year !== null ? String(edition.year) : `${edition.window.from}_${edition.window.to}`;
  const role = edition.role ? `-${edition.role}` : '';
  return { fileName: `top-${edition.n}${role}-${span}-${options.language}.html`, mime: 'text/html', content: topReportHtml(edition, options) };
}
