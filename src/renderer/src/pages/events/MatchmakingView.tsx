// For the confirmed attendees: pairs who should meet (many contacts in common, no tie yet) and
// a table plan that seats them together.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Matchmaking } from '../../../../shared/invite';
import { useClient } from '../../api/context';
import { errorText } from '../../errors';

export function MatchmakingView({ eventId, onSelectPerson }: { eventId: number; onSelectPerson: (id: number) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [tableSize, setTableSize] = useState(8);
  const [data, setData] = useState<Matchmaking | null>(null);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    client['event:matchmaking']({ id: eventId, tableSize }).then((d) => live && setData(d), (e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [client, eventId, tableSize]);
  if (error !== null) return <p className="error" role="alert">{errorText(t, error)}</p>;
  if (!data) return null;
  if (data.attendees.length < 2) return <p className="muted">{t('matchmaking.needAttendees')}</p>;
  const name = new Map(data.attendees.map((a) => [a.id, a.name]));
  const person = (id: number) => (
    <button type="button" className="link" onClick={() => onSelectPerson(id)}>{name.get(id) ?? `#${id}`}</button>
  );
  return (
    <section data-testid="matchmaking">
      <h3>{t('matchmaking.pairs')}</h3>
      {data.pairs.length === 0 ? <p className="muted">{t('matchmaking.noPairs')}</p> : (
        <ul>
          {data.pairs.map((p) => (
            <li key={`${p.a}-${p.b}`}>
              {person(p.a)} ⟷ {person(p.b)} <span className="muted small">— {t('matchmaking.reason', { count: p.common, a: t(`roles.${p.why.values.roleA}`), b: t(`roles.${p.why.values.roleB}`) })}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('matchmaking.tables')}</h3>
      <label>
        {t('matchmaking.tableSize')} <input type="number" min={2} max={20} value={tableSize} onChange={(e) => setTableSize(Math.min(20, Math.max(2, Number(e.target.value) || 2)))} />
      </label>
      <div className="tables">
        {data.tables.map((table) => (
          <div key={table.table} className="card table-card">
            <h4>{t('matchmaking.table', { n: table.table })}</h4>
            <ul>{table.members.map((id) => <li key={id}>{person(id)}</li>)}</ul>
          </div>
        ))}
      </div>
    </section>
  );
}
