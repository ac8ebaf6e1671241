// The yearly Top N edition in the app: a year (or any year of the data), a role, a size; the
// table in `top N`'s order with rank changes against a year earlier and a "why" per name; the
// methodology; the print-ready HTML report to download, and printing (PDF) from the app.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type NetworkInfo, type Role } from '../../../../shared/domain';
import type { TopReport } from '../../../../shared/watch';
import { rankChange, whyLine, type Translate } from '../../../../shared/watch-text';
import { useClient } from '../../api/context';
import { downloadFile } from '../../download';
import { formatCount } from '../../format';

const SIZES = [10, 30, 50, 100];

/** Years with dated interactions, newest first. */
function yearsOf(info: NetworkInfo | null): number[] {
  const from = info?.interactionSpan.from;
  const to = info?.interactionSpan.to;
  if (!from || !to) return [];
  const years: number[] = [];
  for (let y = Number(to.slice(0, 4)); y >= Number(from.slice(0, 4)); y--) years.push(y);
  return years;
}

export function TopEditionView({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [info, setInfo] = useState<NetworkInfo | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [n, setN] = useState(30);
  // The answer with the request it answers: while they differ, the edition is being built.
  const [result, setResult] = useState<{ key: string; report: TopReport | null; error: string | null } | null>(null);
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const tr: Translate = (key, vars) => t(key, vars ?? {});

  useEffect(() => {
    const load = () => void client['network:info'](undefined).then(setInfo);
    load();
    return client.on('network:changed', setInfo);
  }, [client]);
  const years = useMemo(() => yearsOf(info), [info]);
  // The last full year of the data by default: this year's edition is not over yet.
  const chosen = year ?? years[1] ?? years[0] ?? null;

  const key = JSON.stringify([chosen, n, role, language, info?.counts]);
  useEffect(() => {
    if (chosen === null) return;
    let live = true;
    client['report:top']({ year: chosen, n, language, ...(role ? { role } : {}) }).then(
      (report) => live && setResult({ key, report, error: null }),
      (e: Error) => live && setResult({ key, report: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [client, chosen, n, role, language, key]);
  const busy = chosen !== null && result?.key !== key;
  const report = result?.report ?? null;
  const error = result?.error ?? null;

  if (info && years.length === 0) return <p className="notice empty-state">{t('watch.top.noYears')}</p>;
  const edition = report?.edition;
  return (
    <div className="watch-edition" data-testid="top-edition">
      <div className="filters">
        <label className="pref">
          <span className="muted">{t('watch.top.year')}</span>
          <select aria-label={t('watch.top.year')} value={chosen ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <select aria-label={t('rankings.role')} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">{t('rankings.allRoles')}</option>
          {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
        <label className="pref">
          <span className="muted">{t('watch.top.size')}</span>
          <select aria-label={t('watch.top.size')} value={n} onChange={(e) => setN(Number(e.target.value))}>
            {SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" disabled={!report || busy} onClick={() => report && downloadFile(report.file)}>{t('watch.top.download')}</button>
        <button type="button" disabled={!report || busy} onClick={() => window.print()}>{t('watch.top.print')}</button>
      </div>
      {busy && <p className="muted" role="status">{t('watch.top.building')}</p>}
      {error && <p className="error" role="alert">{t('errors.failed', { message: error })}</p>}
      {edition && (
        <>
          <h2 className="edition-title">
            {edition.role
              ? t('watch.report.titleRole', { n: edition.n, role: t(`roles.${edition.role}`), period: String(edition.year) })
              : t('watch.report.title', { n: edition.n, period: String(edition.year) })}
          </h2>
          <p className="muted" data-testid="edition-info">
            {t('watch.top.summary', { people: formatCount(edition.methodology.people, i18n.language), ties: formatCount(edition.methodology.ties, i18n.language), previous: (edition.year ?? 0) - 1 })}
          </p>
          {edition.rows.length === 0 ? <p className="muted">{t('watch.report.empty')}</p> : (
            <table className="table edition-table" data-testid="edition-table">
              <thead>
                <tr>
                  <th className="num">{t('watch.report.rank')}</th>
                  <th>{t('watch.report.change')}</th>
                  <th>{t('watch.report.name')}</th>
                  <th>{t('watch.report.role')}</th>
                  <th>{t('watch.report.organisation')}</th>
                  <th className="num">{t('watch.report.influence')}</th>
                  <th className="num">{t('watch.report.audience')}</th>
                  <th>{t('watch.report.why')}</th>
                </tr>
              </thead>
              <tbody>
                {edition.rows.map((r) => (
                  <tr key={r.personId} className="clickable" onClick={() => onSelectPerson(r.personId)}>
                    <td className="num">{r.rank}</td>
                    <td className="change">{rankChange(r, tr)}</td>
                    <td>{r.name}</td>
                    <td>{t(`roles.${r.role}`)}</td>
                    <td>{r.organisation ?? '—'}</td>
                    <td className="num">{r.influence.toFixed(1)}</td>
                    <td className="num">{formatCount(r.audience, i18n.language)}</td>
                    <td className="why-line">{whyLine(r, tr, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <section className="methodology" data-testid="edition-methodology">
            <h3>{t('watch.report.methodology')}</h3>
            <p>{t('watch.report.methodScore', { damping: edition.methodology.damping })}</p>
            <p>{t('watch.report.methodOrder', { n: edition.n })}</p>
            <p>{t('watch.report.methodChange', { from: edition.previousWindow.from, to: edition.previousWindow.to, count: edition.methodology.previousActive })}</p>
            <p>{t('watch.report.methodWhy')}</p>
          </section>
        </>
      )}
    </div>
  );
}
