// After an event: the ties it created between attendees, the mentions of its people before and
// after, and how each attendee's reciprocity moved.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventImpact } from '../../../../shared/invite';
import { useClient } from '../../api/context';
import { formatChange, formatDate, formatPercent } from '../../format';
import { errorText } from '../../errors';

export function ImpactView({ eventId, onSelectPerson }: { eventId: number; onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [days, setDays] = useState(30);
  const [data, setData] = useState<EventImpact | null>(null);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    client['event:impact']({ id: eventId, days }).then((d) => live && setData(d), (e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [client, eventId, days]);
  if (error !== null) return <p className="error" role="alert">{errorText(t, error)}</p>;
  if (!data) return null;
  const pct = (x: number | null) => formatPercent(x, i18n.language, 0);
  const moved = data.reciprocity.filter((r) => r.change !== null && Math.abs(r.change) > 1e-9).sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0));
  return (
    <section data-testid="impact">
      <label>
        {t('impact.days')} <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(Math.min(365, Math.max(1, Number(e.target.value) || 30)))} />
      </label>
      <p>{t('impact.window', { from: formatDate(data.window.after[0], i18n.language, { dateStyle: 'long' }), to: formatDate(data.window.after[1], i18n.language, { dateStyle: 'long' }), count: data.attendees })}</p>
      <div className="cards">
        <div className="card">
          <h3>{t('impact.ties', { count: data.tiesCreated.length })}</h3>
          <ul>
            {data.tiesCreated.slice(0, 30).map((x) => (
              <li key={`${x.from}-${x.to}`}>
                <button type="button" className="link" onClick={() => onSelectPerson(x.from)}>{x.fromName}</button> →{' '}
                <button type="button" className="link" onClick={() => onSelectPerson(x.to)}>{x.toName}</button> <span className="muted small">({x.interactions})</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <h3>{t('impact.mentions')}</h3>
          <p data-testid="impact-mentions">{t('impact.mentionsLine', { before: data.mentions.before, after: data.mentions.after, change: formatChange(data.mentions.change, i18n.language) })}</p>
        </div>
        <div className="card">
          <h3>{t('impact.reciprocity')}</h3>
          <ul>
            {moved.slice(0, 20).map((r) => (
              <li key={r.id}>
                <button type="button" className="link" onClick={() => onSelectPerson(r.id)}>{r.name}</button> <span className="muted small">{pct(r.before)} → {pct(r.after)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
