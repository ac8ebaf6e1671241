// "My network", for the owner: who to reconnect with, who to be introduced to (and by whom),
// one-sided relationships both ways, and communities where they have no bridge.
import { StaleBanner } from '../components/StaleBanner';
import { GuidancePanel } from '../components/GuidancePanel';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyNetwork } from '../../../shared/scores';
import { useClient } from '../api/context';
import { useCommunities } from '../communities';
import { formatDate, formatDecimal } from '../format';
import { errorText } from '../errors';

export function MyNetworkPage({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const { name: communityName } = useCommunities();
  const client = useClient();
  const [data, setData] = useState<MyNetwork | null>(null);
  const [running, setRunning] = useState(false);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => client['me:overview'](undefined).then(setData, (e: unknown) => setError(e)), [client]);
  useEffect(() => {
    void load();
    const offs = [client.on('scores:changed', () => void load()), client.on('network:changed', () => void load())];
    return () => offs.forEach((off) => off());
  }, [client, load]);

  const person = (p: { personId: number; name: string }) => (
    <button type="button" className="link" onClick={() => onSelectPerson(p.personId)}>{p.name}</button>
  );
  const date = (iso: string | null) => formatDate(iso, i18n.language, { year: 'numeric', month: 'short' });

  if (error !== null) return <p className="error" role="alert">{errorText(t, error)}</p>;
  if (!data) return null;
  if (!data.me) {
    return (
      <div className="page my-network">
        <p className="notice empty-state">{t('me.noOwner')}</p>
        <GuidancePanel view="me" />
      </div>
    );
  }
  return (
    <div className="page my-network">
      <h1>{t('me.title', { name: data.me.name })}</h1>
      <StaleBanner />
      <GuidancePanel view="me" />
      <div className="cards">
        <section className="card" data-testid="reconnect">
          <h2>{t('me.reconnect')}</h2>
          <p className="muted">{t('me.reconnectHelp')}</p>
          {data.reconnect.length === 0 ? <p className="muted">{t('me.none')}</p> : (
            <ul>
              {data.reconnect.map((r) => (
                <li key={r.personId}>
                  {person(r)} <span className="muted">· {r.organisation ?? ''} · {t('me.strength', { past: formatDecimal(r.pastStrength, i18n.language, 1), now: formatDecimal(r.strengthNow, i18n.language, 1) })} · {t('me.last', { date: date(r.lastAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" data-testid="introductions">
          <h2>{t('me.introductions')}</h2>
          <p className="muted">{t('me.introductionsHelp')}</p>
          <p className="muted small" data-testid="introducer-rule">{t('networkView.introducerRule')}</p>
          {data.runId === null ? (
            <p>
              {t('me.needScores')}{' '}
              <button type="button" className="primary" disabled={running} onClick={() => {
                setRunning(true);
                void client['scores:run']({}).finally(() => setRunning(false));
              }}>{running ? t('scores.computing') : t('scores.compute')}</button>
            </p>
          ) : data.introductions.length === 0 ? <p className="muted">{t('me.none')}</p> : (
            <ul>
              {data.introductions.map((r) => (
                <li key={r.personId}>
                  {person(r)} <span className="muted">· {t('scores.names.influence')} {formatDecimal(r.influence, i18n.language, 0)} · {t('me.mutual', { count: r.mutual })}</span>
                  {r.introducer && <> · {t('me.via')} {person(r.introducer)}</>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" data-testid="unreturned">
          <h2>{t('me.unreturned')}</h2>
          <p className="muted">{t('me.unreturnedHelp')}</p>
          {data.unreturned.length === 0 ? <p className="muted">{t('me.none')}</p> : (
            <ul>{data.unreturned.map((r) => <li key={r.personId}>{person(r)} <span className="muted">· {t('me.times', { count: r.count })}</span></li>)}</ul>
          )}
        </section>
        <section className="card" data-testid="unanswered">
          <h2>{t('me.unanswered')}</h2>
          <p className="muted">{t('me.unansweredHelp')}</p>
          {data.unanswered.length === 0 ? <p className="muted">{t('me.none')}</p> : (
            <ul>{data.unanswered.map((r) => <li key={r.personId}>{person(r)} <span className="muted">· {t('me.times', { count: r.count })}</span></li>)}</ul>
          )}
        </section>
        {data.runId !== null && (
          <section className="card" data-testid="unbridged">
            <h2>{t('me.unbridged')}</h2>
            <p className="muted">{t('me.unbridgedHelp')}</p>
            {data.unbridged.length === 0 ? <p className="muted">{t('me.bridgedEverywhere')}</p> : (
              <ul>
                {data.unbridged.map((c) => (
                  <li key={c.community}>
                    {communityName(c.community)} <span className="muted">({t('network.people', { count: c.size })})</span> —{' '}
                    {c.top.map((p, i) => <span key={p.personId}>{i > 0 && ', '}{person(p)}</span>)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
