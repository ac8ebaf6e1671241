// The events of the network, newest first, with their attendance.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../shared/domain';
import { useClient } from '../api/context';

export function EventsPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client['events:list'](undefined).then((e) => live && setEvents(e), (e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client]);

  if (error) return <p className="error" role="alert">{t('errors.failed', { message: error })}</p>;
  if (!events) return null;
  if (events.length === 0) return <p className="notice empty-state">{t('events.none')}</p>;
  return (
    <div className="page">
      <h1>{t('events.title')}</h1>
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
            <th className="num">{t('events.declined')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.date ? new Date(e.date).toLocaleDateString(i18n.language) : '—'}</td>
              <td>{e.name}</td>
              <td>{t(`events.kinds.${e.kind}`)}</td>
              <td>{e.place ?? '—'}</td>
              <td className="num">{e.capacity ?? '—'}</td>
              <td className="num">{e.counts.attended}</td>
              <td className="num">{e.counts.confirmed}</td>
              <td className="num">{e.counts.declined}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
