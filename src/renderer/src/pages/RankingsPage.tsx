// The "top N" table, modelled on the yearly "top 30 influential CMOs": ranked by influence (or
// any score), filterable by role, with the change since the previous run and a CSV export.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvLine } from '../../../shared/csv';
import { ROLES, type Role } from '../../../shared/domain';
import { RANKABLE_SCORES, scoreValue, type PersonScores, type RankableScore, type Ranking, type RankingRow } from '../../../shared/scores';
import { Sparkline } from '../components/Sparkline';
import { StaleBanner } from '../components/StaleBanner';
import { GuidancePanel } from '../components/GuidancePanel';
import type { Preferences } from '../../../shared/domain';
import { InfluenceMap } from '../components/InfluenceMap';
import { CommunitiesPanel } from '../components/CommunitiesPanel';
import { useClient } from '../api/context';
import { countOf } from '../counts';
import { downloadText, formatCount, formatDate, formatDecimal, formatScore } from '../format';
import { errorText } from '../errors';

const VALUE = Object.fromEntries(RANKABLE_SCORES.map((id) => [id, (r: RankingRow) => scoreValue(r, id)])) as Record<RankableScore, (r: RankingRow) => number | null>;

export function RankingsPage({ onSelectPerson, selected }: { onSelectPerson: (id: number) => void; selected: number | null }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [by, setBy] = useState<RankableScore>('influence');
  const [role, setRole] = useState<Role | ''>('');
  const [limit, setLimit] = useState(30);
  const [result, setResult] = useState<Ranking | null>(null);
  const [running, setRunning] = useState(false);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  const [tab, setTab] = useState<'table' | 'map' | 'communities'>('table');
  const [everyone, setEveryone] = useState<PersonScores[]>([]);
  // A year ranks that year's interactions only ('' = all time); its rank changes compare with the
  // previous run of the same year.
  const [year, setYear] = useState('');
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => void client['preferences:get'](undefined).then(setPrefs), [client]);
  const thisYear = new Date().getFullYear();

  useEffect(() => {
    let live = true;
    const loadAll = () => client['scores:table']({}).then((rows) => live && setEveryone(rows), () => undefined);
    if (tab === 'map') void loadAll();
    const off = client.on('scores:changed', () => tab === 'map' && void loadAll());
    return () => {
      live = false;
      off();
    };
  }, [client, tab]);

  const load = useCallback(
    () => client['rankings:get']({ by, limit, ...(role ? { role } : {}) }).then(setResult, (e: unknown) => setError(e)),
    [client, by, role, limit],
  );
  useEffect(() => {
    void load();
    return client.on('scores:changed', () => void load());
  }, [client, load]);

  const compute = async () => {
    setRunning(true);
    setError(null);
    try {
      await client['scores:run'](year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {});
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };

  const exportCsv = () => {
    if (!result) return;
    const header = ['rank', 'previous_rank', 'name', 'role', 'organisation', 'influence', 'audience', 'quadrant', by];
    const lines = result.rows.map((r) => csvLine([r.rank, r.previousRank, r.name, r.role, r.organisation, r.influence, r.audience, r.quadrant, VALUE[by](r)]));
    downloadText(`maillage-top-${limit}-${by}.csv`, [header.join(','), ...lines].join('\r\n'));
  };

  const run = result?.run ?? null;
  const change = (r: RankingRow) => {
    if (result?.previousRunId === null || result?.previousRunId === undefined) return '';
    if (r.previousRank === null) return t('scores.new');
    if (r.previousRank === r.rank) return '=';
    return r.previousRank > r.rank ? `↑${formatCount(r.previousRank - r.rank, i18n.language)}` : `↓${formatCount(r.rank - r.previousRank, i18n.language)}`;
  };

  return (
    <div className="page">
      <h1>{t('nav.rankings')}</h1>
      <StaleBanner />
      <GuidancePanel view="rankings" />
      <div className="filters">
        <label className="pref">
          <span className="muted">{t('freshness.year')}</span>
          <select aria-label={t('freshness.year')} value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">{t('freshness.allTime')}</option>
            {Array.from({ length: 12 }, (_, i) => String(thisYear - i)).map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        {year && (
          <button type="button" onClick={() => void compute()} disabled={running}>{running ? t('scores.computing') : t('scores.compute')}</button>
        )}
        <label className="pref">
          <input
            type="checkbox"
            checked={prefs?.autoScores !== false}
            onChange={(e) => void client['preferences:set']({ autoScores: e.target.checked }).then(setPrefs)}
          />
          <span>{t('freshness.auto')}</span>
        </label>
      </div>
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      {result && !run && (
        <div className="empty-state">
          <p>{t('scores.none')}</p>
          <button type="button" className="primary" onClick={() => void compute()} disabled={running}>{running ? t('scores.computing') : t('scores.compute')}</button>
        </div>
      )}
      {run && (
        <>
          <p className="muted" data-testid="run-info">
            {t('scores.runInfo', {
              date: formatDate(run.createdAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
              people: countOf(t, 'people', run.people),
              ties: countOf(t, 'ties', run.ties),
              communities: countOf(t, 'communities', run.communities),
              modularity: formatDecimal(run.modularity, i18n.language, 2),
              duration: t('counts.milliseconds', { duration: Math.round(run.timings.total ?? 0) }),
            })}
            {' · '}
            {run.betweenness.exact ? t('scores.exact') : t('scores.sampled', { k: run.betweenness.sampleSize, error: formatScore(run.betweenness.expectedError, i18n.language) })}
          </p>
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'table'} className={tab === 'table' ? 'active' : ''} onClick={() => setTab('table')}>{t('scores.viewTable')}</button>
            <button type="button" role="tab" aria-selected={tab === 'map'} className={tab === 'map' ? 'active' : ''} onClick={() => setTab('map')}>{t('scores.viewMap')}</button>
            <button type="button" role="tab" aria-selected={tab === 'communities'} className={tab === 'communities' ? 'active' : ''} onClick={() => setTab('communities')}>{t('organiser.communities')}</button>
          </div>
          {tab === 'map' && <InfluenceMap people={everyone} onSelect={onSelectPerson} selected={selected} />}
          {tab === 'communities' && <CommunitiesPanel />}
          {tab === 'table' && (
          <>
          <div className="filters">
            <label className="pref">
              <span className="muted">{t('scores.sortBy')}</span>
              <select aria-label={t('scores.sortBy')} value={by} onChange={(e) => setBy(e.target.value as RankableScore)}>
                {RANKABLE_SCORES.map((s) => (
                  <option key={s} value={s}>{t(`scores.names.${s}`)}</option>
                ))}
              </select>
            </label>
            <select aria-label={t('rankings.role')} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
              <option value="">{t('rankings.allRoles')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>{t(`roles.${r}`)}</option>
              ))}
            </select>
            <label className="pref">
              <span className="muted">{t('scores.top')}</span>
              <select aria-label={t('scores.top')} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
                {[10, 30, 100, 1000].map((n) => (
                  <option key={n} value={n}>{formatCount(n, i18n.language)}</option>
                ))}
              </select>
            </label>
            <span className="spacer" />
            <button type="button" onClick={exportCsv}>{t('scores.exportCsv')}</button>
            {running ? (
              <button type="button" onClick={() => void client['scores:cancel'](undefined)}>{t('scores.cancel')}</button>
            ) : (
              <button type="button" onClick={() => void compute()}>{t('scores.recompute')}</button>
            )}
          </div>
          <table className="table" data-testid="rankings-table">
            <thead>
              <tr>
                <th className="num">{t('rankings.rank')}</th>
                <th>{t('scores.change')}</th>
                <th>{t('rankings.name')}</th>
                <th>{t('rankings.role')}</th>
                <th>{t('rankings.organisation')}</th>
                <th className="num">{t('scores.names.influence')}</th>
                <th>{t('scores.trend')}</th>
                <th className="num">{t('scores.names.audience')}</th>
                <th>{t('scores.quadrant')}</th>
                {by !== 'influence' && by !== 'audience' && <th className="num">{t(`scores.names.${by}`)}</th>}
              </tr>
            </thead>
            <tbody>
              {result?.rows.map((r) => (
                <tr key={r.personId} onClick={() => onSelectPerson(r.personId)} className="clickable">
                  <td className="num">{r.rank}</td>
                  <td className="change">{change(r)}</td>
                  <td>{r.name}</td>
                  <td>{t(`roles.${r.role}`)}</td>
                  <td>{r.organisation ?? '—'}</td>
                  <td className="num">
                    <span className="bar" style={{ width: `${Math.max(2, r.influence * 0.6)}px` }} />
                    {formatDecimal(r.influence, i18n.language, 1)}
                  </td>
                  <td>
                    <Sparkline values={r.influenceHistory} label={t('scores.trendOf', { name: r.name, values: r.influenceHistory.map((v) => formatDecimal(v, i18n.language, 0)).join(' → ') })} />
                  </td>
                  <td className="num">{formatCount(r.audience, i18n.language)}</td>
                  <td>{r.quadrant ? t(`scores.quadrants.${r.quadrant}`) : '—'}</td>
                  {by !== 'influence' && by !== 'audience' && <td className="num">{formatScore(VALUE[by](r), i18n.language)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          </>
          )}
        </>
      )}
    </div>
  );
}
