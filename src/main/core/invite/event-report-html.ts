// The after-event report as a one-page, print-ready HTML file in French or English, on the
// shared report frame (report-page.ts): every number comes with the line that defines it, and
// an event with nothing recorded after it says so instead of printing zeros as findings.
import type { Language } from '../../../shared/i18n';
import type { ExportFile } from '../../../shared/imports';
import type { GenderCount } from '../../../shared/parity';
import type { EventReport, ReportPair, ReportPerson } from '../../../shared/event-report';
import { communityLabel } from '../../../shared/communities';
import { translator } from '../../../shared/translate';
import { escapeHtml as h, longDate, reportPage } from '../report-page';

const STYLE = `
.facts { font-size: 11pt; }
.notice { border-left: 4px solid #1a56b0; background: #eef3fb; padding: 8px 10px; margin: 12px 0; }
section { break-inside: auto; }
td.pair { white-space: nowrap; }
.small { font-size: 9pt; }
.up { color: #137333; } .down { color: #b3261e; }
footer { margin-top: 24px; font-size: 9pt; }
`;

export interface EventReportHtmlOptions {
  language: Language;
  networkName: string;
}

export function eventReportHtml(report: EventReport, { language, networkName }: EventReportHtmlOptions): string {
  const t = translator(language);
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const day = (d: string) => longDate(d, language);
  const e = report.event;
  const title = t('eventReport.title', { name: e.name });
  const lastDay = new Date(Date.parse(report.window.after[1]) - 86_400_000).toISOString();
  const lastBeforeDay = new Date(Date.parse(report.window.before[1]) - 86_400_000).toISOString();
  const community = (p: ReportPerson) => (p.community ? communityLabel(p.community, language) : t('eventReport.notScored'));
  // Without a score run there are no communities: their columns are left out rather than filled with "not yet scored".
  const scored = report.communityRun !== null;
  const names = (people: ReportPerson[]) => people.map((p) => p.name).join(', ');
  const signed = (n: number) => (n > 0 ? `+${number.format(n)}` : number.format(n));

  const facts = [t(`events.kinds.${e.kind}`), day(e.date), e.place, e.hostOrganisation, e.capacity ? t('events.seats', { count: e.capacity }) : null].filter((f): f is string => Boolean(f));
  const notice =
    report.state === 'upcoming'
      ? t('eventReport.upcoming', { date: day(e.date), count: report.days })
      : report.state === 'waiting'
        ? t('eventReport.waiting', { until: day(lastDay) })
        : report.state === 'open'
          ? t('eventReport.open', { until: day(lastDay) })
          : null;

  const cameLines = [
    report.came.length === 0
      ? t('eventReport.nobodyCame')
      : report.attendanceRecorded
        ? t('eventReport.cameChecked', { count: report.came.length })
        : t('eventReport.cameConfirmed', { count: report.came.length }),
    !report.attendanceRecorded ? null : report.absent.length === 0 ? t('eventReport.absentNone') : t('eventReport.absent', { count: report.absent.length }),
    t('eventReport.declined', { count: report.declined.length }),
    report.pending > 0 ? t('eventReport.pending', { count: report.pending }) : null,
  ].filter((l): l is string => l !== null);
  const byRole = report.byRole.map((r) => `${t(`roles.${r.role}`)} ${number.format(r.people)}`).join(', ');
  const byOrg = report.byOrganisation.map((o) => `${o.organisation ?? t('eventReport.noOrganisation')} ${number.format(o.people)}`).join(', ');
  const cameRows = report.came
    .map((p) => `<tr data-person="${p.id}"><td>${h(p.name)}</td><td>${h(p.organisation ?? '')}</td><td>${h(t(`roles.${p.role}`))}</td><td>${h(t(`events.roles.${p.attendanceRole}`))}</td>${scored ? `<td>${h(community(p))}</td>` : ''}</tr>`)
    .join('\n');
  const whoCame = `<section class="who-came">
<h2>${h(t('eventReport.whoCame'))}</h2>
${cameLines.map((l) => `<p>${h(l)}</p>`).join('\n')}
${report.came.length ? `<p>${h(t('eventReport.byRole', { list: byRole }))}</p>\n<p>${h(t('eventReport.byOrganisation', { list: byOrg }))}</p>` : ''}
${report.absent.length ? `<p class="muted small">${h(t('eventReport.absentList', { list: names(report.absent) }))}</p>` : ''}
${report.declined.length ? `<p class="muted small">${h(t('eventReport.declinedList', { list: names(report.declined) }))}</p>` : ''}
${report.came.length ? `<table class="came"><thead><tr><th>${h(t('eventReport.name'))}</th><th>${h(t('eventReport.organisation'))}</th><th>${h(t('eventReport.role'))}</th><th>${h(t('eventReport.atEvent'))}</th>${scored ? `<th>${h(t('eventReport.community'))}</th>` : ''}</tr></thead>
<tbody>
${cameRows}
</tbody></table>` : ''}
</section>`;

  // After the event: nothing is shown as a finding until something is recorded after it.
  let after = '';
  if (report.state === 'open' || report.state === 'complete') {
    const byId = new Map(report.came.map((p) => [p.id, p]));
    const acrossCell = (pair: ReportPair) => {
      if (pair.acrossCommunities === null) return t('eventReport.notScored');
      if (!pair.acrossCommunities) return t('eventReport.sameCommunity');
      return `${community(byId.get(pair.a) as ReportPerson)} ↔ ${community(byId.get(pair.b) as ReportPerson)}`;
    };
    const pairRows = (pairs: ReportPair[], cls: string) =>
      pairs.map((p) => `<tr class="${cls}" data-pair="${p.a}-${p.b}"><td class="pair">${h(p.aName)} ↔ ${h(p.bName)}</td><td class="num">${number.format(p.interactions)}</td>${scored ? `<td>${h(acrossCell(p))}</td>` : ''}</tr>`).join('\n');
    const pairHead = `<thead><tr><th>${h(t('eventReport.between'))}</th><th class="num">${h(t('eventReport.interactionsAfter'))}</th>${scored ? `<th>${h(t('eventReport.across'))}</th>` : ''}</tr></thead>`;
    const across = report.newTies.filter((p) => p.acrossCommunities === true).length;
    // Which communities met: each pair of communities (in name order) with its number of new ties, most first.
    const met = new Map<string, number>();
    for (const p of report.newTies) {
      if (p.acrossCommunities !== true) continue;
      const key = [community(byId.get(p.a) as ReportPerson), community(byId.get(p.b) as ReportPerson)].sort().join(' ↔ ');
      met.set(key, (met.get(key) ?? 0) + 1);
    }
    const metList = [...met.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k, n]) => `${k} ${number.format(n)}`).join(', ');
    // A new tie that became mutual is already listed above: the reciprocity table shows the others.
    const isNew = new Set(report.newTies.map((p) => `${p.a}-${p.b}`));
    const mutualOld = report.becameMutual.filter((p) => !isNew.has(`${p.a}-${p.b}`));
    const mutualNew = report.becameMutual.length - mutualOld.length;
    const row = (label: string, how: string, before: number, afterValue: number, cls: string) => {
      const change = afterValue - before;
      return `<tr class="${cls}"><td>${h(label)}<div class="muted small">${h(how)}</div></td><td class="num">${number.format(before)}</td><td class="num">${number.format(afterValue)}</td><td class="num ${change > 0 ? 'up' : change < 0 ? 'down' : ''}">${h(signed(change))}</td></tr>`;
    };
    after = `<section class="new-ties">
<h2>${h(t('eventReport.newTies'))}</h2>
<p class="muted">${h(t('eventReport.newTiesHow', { count: report.days, from: day(report.window.after[0]), to: day(lastDay) }))}</p>
${report.newTies.length === 0 ? `<p>${h(t('eventReport.noNewTies'))}</p>` : `<p><strong>${h(t('eventReport.newTiesCount', { count: report.newTies.length }))}</strong>${scored ? ` ${h(t('eventReport.acrossCount', { count: across }))}` : ''}</p>
${metList ? `<p class="small">${h(t('eventReport.acrossPairs', { list: metList }))}</p>` : ''}
<table class="ties">${pairHead}<tbody>
${pairRows(report.newTies, 'tie')}
</tbody></table>`}
</section>
<section class="before-after">
<h2>${h(t('eventReport.beforeAfter'))}</h2>
<p class="muted">${h(t('eventReport.beforeAfterHow', { count: report.days, beforeFrom: day(report.window.before[0]), beforeTo: day(lastBeforeDay), afterFrom: day(report.window.after[0]), afterTo: day(lastDay) }))}</p>
<table class="windows"><thead><tr><th>${h(t('eventReport.measure'))}</th><th class="num">${h(t('eventReport.before'))}</th><th class="num">${h(t('eventReport.after'))}</th><th class="num">${h(t('eventReport.change'))}</th></tr></thead><tbody>
${row(t('eventReport.interactionsAmong'), t('eventReport.interactionsAmongHow'), report.interactionsAmong.before, report.interactionsAmong.after, 'among')}
${row(t('eventReport.mentions'), t('eventReport.mentionsHow'), report.mentions.before, report.mentions.after, 'mentions')}
</tbody></table>
</section>
<section class="reciprocity">
<h2>${h(t('eventReport.reciprocity'))}</h2>
<p><strong>${h(t('eventReport.becameMutual', { count: report.becameMutual.length }))}</strong>${mutualNew > 0 ? ` ${h(t('eventReport.mutualNew', { count: mutualNew }))}` : ''}</p>
${mutualOld.length ? `<p>${h(t('eventReport.mutualOld'))}</p>
<table class="mutual">${pairHead}<tbody>
${pairRows(mutualOld, 'mutual')}
</tbody></table>` : ''}
${report.noLongerMutual > 0 ? `<p class="muted">${h(t('eventReport.noLongerMutual', { count: report.noLongerMutual }))}</p>` : ''}
</section>`;
  }

  const share = (c: GenderCount) => (c.womenShare === null ? '—' : percent.format(c.womenShare));
  const parityRow = (part: 'speakers' | 'hosts' | 'attendees' | 'all') => {
    const c = report.parity[part];
    return `<tr class="${part}"><td>${h(t(`parity.${part}`))}</td><td class="num">${number.format(c.women)}</td><td class="num">${number.format(c.men)}</td><td class="num">${number.format(c.nonBinary)}</td><td class="num">${number.format(c.unknown)}</td><td class="num">${h(share(c))}</td></tr>`;
  };
  const parity = `<section class="parity">
<h2>${h(t('eventReport.parity'))}</h2>
<p class="muted">${h(t('eventReport.parityHow'))}</p>
<table class="parity"><thead><tr><th>${h(t('eventReport.atEvent'))}</th><th class="num">${h(t('eventReport.women'))}</th><th class="num">${h(t('eventReport.men'))}</th><th class="num">${h(t('eventReport.nonBinary'))}</th><th class="num">${h(t('eventReport.unknown'))}</th><th class="num">${h(t('eventReport.womenShare'))}</th></tr></thead><tbody>
${(['speakers', 'hosts', 'attendees', 'all'] as const).map(parityRow).join('\n')}
</tbody></table>
</section>`;

  const run = report.communityRun;
  const body = `<header>
<h1>${h(title)}</h1>
<p class="facts">${facts.map(h).join(' · ')}</p>
<p class="muted">${h(t('eventReport.network', { name: networkName, date: day(report.generatedAt) }))}</p>
</header>
<main>
${notice ? `<p class="notice" data-state="${report.state}">${h(notice)}</p>` : ''}
${whoCame}
${after}
${parity}
</main>
<footer class="muted">
<p>${h(run ? t('eventReport.communitiesFrom', { id: String(run.id), date: day(run.at) }) : t('eventReport.noCommunities'))}</p>
<p>${h(t('eventReport.print'))}</p>
</footer>`;
  return reportPage({ language, title, extraStyle: STYLE, body });
}

/** The report as a file to save: `event-report-12-2026-03-01-fr.html`. */
export function eventReportFile(report: EventReport, options: EventReportHtmlOptions): ExportFile {
  return { fileName: `event-report-${report.event.id}-${report.event.date.slice(0, 10)}-${options.language}.html`, mime: 'text/html', content: eventReportHtml(report, options) };
}
