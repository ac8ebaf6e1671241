// The events of the network, newest first, with their attendance; create one, or open one to
// edit it, manage its attendees, plan its invite list, match people and see its impact.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../../shared/domain';
import { useClient } from '../../api/context';
import { EventForm } from './EventForm';
import { ParityPanel } from './ParityPanel';
import { EventView } from './EventView';
import { formatDate } from '../../format';
import { errorText } from '../../errors';

export function EventsPage({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => client['events:list'](undefined).then(setEvents, (e: unknown) => setError(e)), [client]);
  useEffect(() => {
    void load();
    return client.on('network:changed', () => void load());
  }, [client, load]);

  if (open !== null) return <EventView id={open} onBack={() => setOpen(null)} onSelectPerson={onSelectPerson} />;
  if (error !== null) return <p className="error" role="alert">{errorText(t, error)}</p>;
  if (!events) return null;
  return (
    <div className="page events-page">
      <h1>{t('events.title')}</h1>
      {creating ? (
        <EventForm
          onCancel={() => setCreating(false)}
          onSave={async (input) => {
            const event = await client['event:create'](input);
            setCreating(false);
            setOpen(event.id);
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('events.new')}
        </button>
      )}
      {events.length === 0 ? (
        <p className="notice empty-state">{t('events.none')}</p>
      ) : (
        <table className="table" data-testid="events-table">
          <thead>
            <tr>
              <th>{t('events.date')}</th>
              <th>{t('rankings.name')}</th>
              <th>{t('events.kind')}</th>
              <th>{t('events.place')}</th>
              <th className="num">{t('events.capacity')}</th>
              <th className="num">{t('events.attended')}</th>
              <th className="num">{t('events.confirmed')}</th>
              <th className="num">{t('events.invited')}</th>
              <th className="num">{t('events.declined')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.date, i18n.language)}</td>
                <td>
                  <button type="button" className="link" onClick={() => setOpen(e.id)}>
                    {e.name}
                  </button>
                </td>
                <td>{t(`events.kinds.${e.kind}`)}</td>
                <td>{e.place ?? '—'}</td>
                <td className="num">{e.capacity ?? '—'}</td>
                <td className="num">{e.counts.attended}</td>
                <td className="num">{e.counts.confirmed}</td>
                <td className="num">{e.counts.invited}</td>
                <td className="num">{e.counts.declined}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ParityPanel years={[...new Set(events.flatMap((e) => (e.date ? [Number(e.date.slice(0, 4))] : [])))].sort((a, b) => b - a)} />
    </div>
  );
}
