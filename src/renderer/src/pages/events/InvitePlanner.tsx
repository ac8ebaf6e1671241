// The invite planner for one event: seats, parity, per-organisation cap, a quota of analysts or
// journalists, and the weight of each aim; the plan with a reason for every pick, the near
// misses and the waiting list; a side-by-side comparison with a kept plan; CSV for mailing tools.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../shared/domain';
import type { InvitePlanRequest, InvitePlanResult, InviteWeights, PlanComparison } from '../../../../shared/invite';
import { communityLabel } from '../../../../shared/communities';
import { communityLabel as numberedCommunity } from '../../../../shared/scores';
import { useClient } from '../../api/context';
import { downloadFile } from '../../download';
import { errorText } from '../../errors';
import { formatChange, formatDecimal, formatPercent } from '../../format';
import { nearMissReason, pickReason } from './reasons';
import { GuidancePanel } from '../../components/GuidancePanel';

const WEIGHTS: Array<keyof InviteWeights> = ['influence', 'coverage', 'brokerage', 'newTies'];

export function InvitePlanner({ event, onSelectPerson }: { event: EventDetail; onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [capacity, setCapacity] = useState(event.capacity ?? 20);
  const [parity, setParity] = useState<number | null>(null);
  const [maxPerOrg, setMaxPerOrg] = useState<number | null>(2);
  const [pressQuota, setPressQuota] = useState(0);
  const [freePending, setFreePending] = useState(false);
  const [weights, setWeights] = useState<InviteWeights>({ influence: 1, coverage: 1, brokerage: 0.5, newTies: 0.5 });
  const [result, setResult] = useState<InvitePlanResult | null>(null);
  const [kept, setKept] = useState<{ request: InvitePlanRequest; result: InvitePlanResult } | null>(null);
  const [comparison, setComparison] = useState<PlanComparison | null>(null);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const request = (): InvitePlanRequest => ({
    eventId: event.id,
    capacity,
    weights,
    waitlist: 5,
    ...(freePending ? { freePending } : {}),
    ...(parity !== null ? { parity } : {}),
    ...(maxPerOrg !== null ? { maxPerOrg } : {}),
    ...(pressQuota > 0 ? { roleQuotas: [{ roles: ['analyst', 'journalist'], atLeast: pressQuota }] } : {}),
  });

  const plan = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = request();
      if (kept) {
        const both = await client['invite:compare']({ a: kept.request, b: next });
        setResult(both.b);
        setComparison(both.comparison);
      } else {
        setResult(await client['invite:plan'](next));
        setComparison(null);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const o = result?.plan.objective;
  const communityName = (k: number) => {
    const c = result?.communities[k];
    return c ? communityLabel(c, i18n.language) : t('network.communityN', { n: numberedCommunity(k) });
  };
  const person = (id: number, name: string) => (
    <button type="button" className="link" onClick={() => onSelectPerson(id)}>
      {name}
    </button>
  );
  return (
    <section className="invite-planner" data-testid="invite-planner">
      <GuidancePanel view="planner" />
      <form
        className="card planner-form"
        onSubmit={(e) => {
          e.preventDefault();
          void plan();
        }}
      >
        <label>
          {t('invite.capacity')}
          <input type="number" min={1} value={capacity} onChange={(e) => setCapacity(Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <label>
          {t('invite.parity')}
          <select aria-label={t('invite.parity')} value={parity ?? ''} onChange={(e) => setParity(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{t('invite.noParity')}</option>
            {[0.3, 0.4, 0.5].map((p) => (
              <option key={p} value={p}>
                {t('invite.parityAtLeast', { share: formatPercent(p, i18n.language, 0) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('invite.maxPerOrg')}
          <input type="number" min={1} value={maxPerOrg ?? ''} placeholder="—" onChange={(e) => setMaxPerOrg(e.target.value ? Math.max(1, Number(e.target.value)) : null)} />
        </label>
        <label>
          {t('invite.pressQuota')}
          <input type="number" min={0} value={pressQuota} onChange={(e) => setPressQuota(Math.max(0, Number(e.target.value) || 0))} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={freePending} onChange={(e) => setFreePending(e.target.checked)} />
          {t('organiser.freePending')}
        </label>
        <fieldset className="weights">
          <legend>{t('invite.weights')}</legend>
          {WEIGHTS.map((w) => (
            <label key={w}>
              {t(`invite.weightNames.${w}`)}
              <input type="range" min={0} max={2} step={0.25} value={weights[w]} aria-label={t(`invite.weightNames.${w}`)} onChange={(e) => setWeights({ ...weights, [w]: Number(e.target.value) })} />
              <span className="muted small">{formatDecimal(weights[w], i18n.language, 2)}</span>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('organiser.planningWithScores') : t('invite.plan')}
          </button>
          {result && !kept && (
            <button type="button" onClick={() => setKept({ request: request(), result })}>
              {t('invite.keep')}
            </button>
          )}
          {kept && (
            <button
              type="button"
              onClick={() => {
                setKept(null);
                setComparison(null);
              }}
            >
              {t('invite.forget')}
            </button>
          )}
          {result && (
            <button type="button" onClick={() => void client['invite:csv']({ ...request(), separator: i18n.language.startsWith('fr') ? ';' : ',' }).then(downloadFile, (e: unknown) => setError(e))}>
              {t('invite.csv')}
            </button>
          )}
        </div>
      </form>
      {error !== null && (
        <p className="error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {result && o && (
        <>
          {result.plan.violations.length > 0 && (
            <div className="error" role="alert" data-testid="plan-violations">
              {result.plan.violations.map((v, i) => (
                <p key={i}>{v.message}</p>
              ))}
            </div>
          )}
          <p className="muted small" data-testid="plan-scores">
            {result.scores.runId === null || result.scores.runAt === null
              ? t('organiser.noScoreRun')
              : t(result.scores.fresh ? 'organiser.scoresFrom' : 'organiser.scoresStale', { run: result.scores.runId, date: new Date(result.scores.runAt).toLocaleString(i18n.language), count: result.scores.unscored })}
          </p>
          <p data-testid="plan-summary">
            {t('invite.summary', { invited: result.plan.invitees.length, capacity: result.capacity, covered: o.communitiesCovered, communities: o.communities, reach: o.reach, people: o.people, objective: formatDecimal(o.total, i18n.language, 2) })}{' '}
            {result.plan.unknownGender > 0 && <span className="muted">{t('invite.unknownGender', { count: result.plan.unknownGender })}</span>}
          </p>
          {comparison && kept && (
            <div className="card comparison" data-testid="plan-comparison">
              <h3>{t('invite.comparison')}</h3>
              <p>{t('invite.delta', { total: formatChange(comparison.objectiveDelta.total, i18n.language, 2), reach: formatChange(comparison.objectiveDelta.reach, i18n.language) })}</p>
              <div className="columns">
                <div>
                  <h4>{t('invite.entering', { count: comparison.entering.length })}</h4>
                  <ul>{comparison.entering.map((x) => <li key={x.id}>{person(x.id, x.name)}</li>)}</ul>
                </div>
                <div>
                  <h4>{t('invite.leaving', { count: comparison.leaving.length })}</h4>
                  <ul>{comparison.leaving.map((x) => <li key={x.id}>{person(x.id, x.name)}</li>)}</ul>
                </div>
              </div>
            </div>
          )}
          <table className="table" data-testid="plan-invitees">
            <thead>
              <tr>
                <th className="num">#</th>
                <th>{t('rankings.name')}</th>
                <th>{t('rankings.organisation')}</th>
                <th>{t('invite.role')}</th>
                <th>{t('invite.gender')}</th>
                <th>{t('organiser.standing')}</th>
                <th>{t('invite.why')}</th>
              </tr>
            </thead>
            <tbody>
              {result.plan.invitees.map((x, i) => {
                const p = result.people[x.id];
                return (
                  <tr key={x.id}>
                    <td className="num">{i + 1}</td>
                    <td>{person(x.id, x.name)}</td>
                    <td>{p?.organisation ?? '—'}</td>
                    <td>{p ? t(`roles.${p.role}`) : ''}</td>
                    <td>{p?.gender ? t(`invite.genders.${p.gender}`) : '?'}</td>
                    <td data-standing={result.statuses[x.id] ?? 'new'}>{t(`organiser.standings.${result.statuses[x.id] ?? 'new'}`)}</td>
                    <td className="wrap">{pickReason(t, x.why, p?.gender ?? null, communityName)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="columns">
            {result.plan.waitlist.length > 0 && (
              <div data-testid="plan-waitlist">
                <h3>{t('invite.waitlist')}</h3>
                <ol>{result.plan.waitlist.map((w) => <li key={w.id}>{person(w.id, w.name)} <span className="muted small">{result.people[w.id]?.organisation ?? ''}</span></li>)}</ol>
              </div>
            )}
            {result.excluded.length > 0 && (
              <div data-testid="plan-excluded">
                <h3>{t('organiser.out', { count: result.excluded.length })}</h3>
                <ul>
                  {result.excluded.map((x) => (
                    <li key={x.id}>
                      {person(x.id, result.people[x.id]?.name ?? `#${x.id}`)} — {result.statuses[x.id] === 'declined' ? t('organiser.standings.declined') : x.reason}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {result.plan.nearMisses.length > 0 && (
              <div data-testid="plan-near-misses">
                <h3>{t('invite.nearMisses')}</h3>
                <ul>{result.plan.nearMisses.map((m) => <li key={m.id}>{person(m.id, m.name)} — {nearMissReason(t, m, result.people[m.id]?.gender ?? null)}</li>)}</ul>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
