// Creators and curators: the network's share of each, by role, beside the survey the articles
// quote (191 marketers: 81.8 % creators, 18.2 % curators); for a year, who moved since the year before.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkInfo } from '../../../../shared/domain';
import type { CreatorsView as View } from '../../../../shared/watch';
import { useClient } from '../../api/context';

export function CreatorsView({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [info, setInfo] = useState<NetworkInfo | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [result, setResult] = useState<{ key: string; view: View | null; error: string | null } | null>(null);
  useEffect(() => {
    void client['network:info'](undefined).then(setInfo);
  }, [client]);
  const key = String(year);
  useEffect(() => {
    let live = true;
    client['watch:creators'](year === null ? {} : { year }).then(
      (view) => live && setResult({ key, view, error: null }),
      (e: Error) => live && setResult({ key, view: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [client, year, key]);
  const from = Number(info?.interactionSpan.from?.slice(0, 4) ?? NaN);
  const to = Number(info?.interactionSpan.to?.slice(0, 4) ?? NaN);
  const years = Number.isFinite(from) && Number.isFinite(to) ? Array.from({ length: to - from + 1 }, (_, k) => to - k) : [];
  const percent = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(v));
  const view = result?.view;
  return (
    <div className="creators" data-testid="creators">
      <p className="muted">{t('watch.creators.help')}</p>
      <div className="filters">
        <label className="pref">
          <span className="muted">{t('watch.creators.basis')}</span>
          <select aria-label={t('watch.creators.basis')} value={year ?? ''} onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{t('watch.creators.posts')}</option>
            {years.map((y) => <option key={y} value={y}>{t('watch.creators.year', { year: y })}</option>)}
          </select>
        </label>
      </div>
      {result?.error && <p className="error" role="alert">{t('errors.failed', { message: result.error })}</p>}
      {view && (
        <>
          <p className="muted">{view.source === 'posts' ? t('watch.creators.sourcePosts') : t('watch.creators.sourceInteractions')}</p>
          <table className="table" data-testid="creators-table">
            <thead>
              <tr>
                <th>{t('rankings.role')}</th>
                <th className="num">{t('watch.creators.people')}</th>
                <th className="num">{t('watch.creators.creators')}</th>
                <th className="num">{t('watch.creators.curators')}</th>
                <th className="num">{t('watch.creators.survey')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.role} className={r.role === 'all' ? 'total' : ''}>
                  <td>{r.role === 'all' ? t('watch.creators.all') : t(`roles.${r.role}`)}</td>
                  <td className="num">{r.people}</td>
                  <td className="num"><span className="bar" style={{ width: `${Math.round((r.creatorShare ?? 0) * 60)}px` }} />{percent(r.creatorShare)}</td>
                  <td className="num">{percent(r.curatorShare)}</td>
                  <td className="num muted">{percent(view.survey.creators)} / {percent(view.survey.curators)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.year !== null && (
            <>
              <h2>{t('watch.creators.movers', { year: view.year, previous: view.year - 1 })}</h2>
              {view.movers.length === 0 ? <p className="muted">{t('watch.creators.noMovers')}</p> : (
                <ul className="movers" data-testid="creators-movers">
                  {view.movers.map((m) => (
                    <li key={m.personId}>
                      <button type="button" className="link" onClick={() => onSelectPerson(m.personId)}>{m.name}</button>{' '}
                      <span className="muted">{t(`roles.${m.role}`)} · {t(`watch.creators.move.${m.to}`, { before: percent(m.ratioBefore), now: percent(m.ratioNow) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
