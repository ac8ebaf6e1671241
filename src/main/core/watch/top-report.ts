// The Top N edition as a self-contained, print-ready HTML page (FR/EN): the ranking table with
// rank changes and a one-line "why" per name, then the methodology. No script, no external
// resource (its own CSP says so); every name from the data is escaped.
import type { Language } from '../../../shared/i18n';
import { INTERACTION_KINDS } from '../../../shared/domain';
import type { ExportFile } from '../../../shared/imports';
import type { TopEdition } from '../../../shared/watch';
import { rankChange, whyLine, type Translate } from '../../../shared/watch-text';
import { translator } from '../../../shared/translate';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}

function period(edition: TopEdition, which: 'window' | 'previousWindow', t: Translate, language: Language): string {
  const w = edition[which];
  if (edition.year !== null) return String(which === 'window' ? edition.year : edition.year - 1);
  return t('watch.report.period', { from: formatDate(w.from, language), to: formatDate(w.to, language) });
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 1100px; padding: 16px; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 24px 0 6px; }
p { margin: 4px 0; }
.muted { color: #5a6470; }
table { width: 100%; border-collapse: collapse; margin-top: 12px; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 5px 6px; border-bottom: 1px solid #d8dde3; }
th { font-size: 9pt; text-transform: uppercase; letter-spacing: .03em; color: #5a6470; border-bottom: 2px solid #1b1f24; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.why { font-size: 9pt; color: #39424c; }
tr { break-inside: avoid; page-break-inside: avoid; }
.up { color: #137333; } .down { color: #b3261e; } .new { color: #1a56b0; font-style: italic; }
section.methodology { break-before: auto; font-size: 9.5pt; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
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
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Maillage">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
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
</main>
</body>
</html>
`;
}

/** The edition as a file to save: `top-30-2025-en.html`. */
export function topReportFile(edition: TopEdition, options: TopReportOptions): ExportFile {
  const span = edition.year !== null ? String(edition.year) : `${edition.window.from}_${edition.window.to}`;
  const role = edition.role ? `-${edition.role}` : '';
  return { fileName: `top-${edition.n}${role}-${span}-${options.language}.html`, mime: 'text/html', content: topReportHtml(edition, options) };
}
