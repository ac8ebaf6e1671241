// The reminders inbox: what the network's signals ask the owner to follow up, each with its
// reason, its date and a link to the person; done, snooze until a date, dismiss; and the
// desktop notification switch (off by default).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder, ReminderInbox } from '../../../../shared/watch';
import { reminderReason, type Translate } from '../../../../shared/watch-text';
import { useClient } from '../../api/context';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function RemindersView({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [inbox, setInbox] = useState<ReminderInbox | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [until, setUntil] = useState<Record<number, string>>({});
  const tr: Translate = (key, vars) => t(key, vars ?? {});
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));

  const load = useCallback(() => client['reminders:list']({}).then(setInbox, (e: Error) => setError(e.message)), [client]);
  useEffect(() => {
    void load();
    return client.on('network:changed', () => void load());
  }, [client, load]);

  const decide = (r: Reminder, decision: 'done' | 'dismiss' | 'snooze' | 'reopen') =>
    client['reminders:decide']({ id: r.id, decision, ...(decision === 'snooze' ? { until: until[r.id] ?? inDays(7) } : {}) }).then(
      () => {
        setError(null);
        return load();
      },
      (e: Error) => setError(e.message),
    );

  if (!inbox) return error ? <p className="error" role="alert">{t('errors.failed', { message: error })}</p> : null;
  if (!inbox.me) return <p className="notice empty-state">{t('watch.reminders.noOwner')}</p>;
  const person = (r: Reminder) => (
    <button type="button" className="link" onClick={() => onSelectPerson(r.personId)}>{r.name}</button>
  );
  return (
    <div className="reminders" data-testid="reminders">
      <p className="muted">{t('watch.reminders.help', { days: inbox.rules.unansweredDays })}</p>
      <label className="pref notify">
        <input type="checkbox" checked={inbox.notify} onChange={(e) => void client['reminders:notify']({ on: e.target.checked }).then(load)} />
        {t('watch.reminders.notify')}
      </label>
      {error && <p className="error" role="alert">{t('errors.failed', { message: error })}</p>}
      <h2>{t('watch.reminders.due')} <span className="badge">{inbox.due.length}</span></h2>
      {inbox.due.length === 0 ? <p className="muted">{t('watch.reminders.none')}</p> : (
        <table className="table reminders-table" data-testid="reminders-due">
          <thead>
            <tr><th>{t('watch.reminders.dueAt')}</th><th>{t('watch.reminders.person')}</th><th>{t('watch.reminders.reasonColumn')}</th><th /></tr>
          </thead>
          <tbody>
            {inbox.due.map((r) => (
              <tr key={r.id} data-kind={r.kind}>
                <td>{day(r.dueAt)}</td>
                <td>{person(r)}<div className="muted small">{t(`watch.reminders.kinds.${r.kind}`)}</div></td>
                <td className="reason">{reminderReason(r, tr, i18n.language)}</td>
                <td className="actions">
                  <button type="button" onClick={() => void decide(r, 'done')}>{t('watch.reminders.done')}</button>
                  <button type="button" onClick={() => void decide(r, 'snooze')}>{t('watch.reminders.snooze')}</button>
                  <label className="small">
                    {t('watch.reminders.until')}{' '}
                    <input type="date" aria-label={t('watch.reminders.until')} min={inDays(1)} value={until[r.id] ?? inDays(7)} onChange={(e) => setUntil({ ...until, [r.id]: e.target.value })} />
                  </label>
                  <button type="button" onClick={() => void decide(r, 'dismiss')}>{t('watch.reminders.dismiss')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inbox.snoozed.length > 0 && (
        <>
          <h2>{t('watch.reminders.snoozedList')} <span className="badge">{inbox.snoozed.length}</span></h2>
          <table className="table reminders-table" data-testid="reminders-snoozed">
            <tbody>
              {inbox.snoozed.map((r) => (
                <tr key={r.id} data-kind={r.kind}>
                  <td>{t('watch.reminders.snoozedUntil', { date: day(r.snoozedUntil ?? r.dueAt) })}</td>
                  <td>{person(r)}</td>
                  <td className="reason">{reminderReason(r, tr, i18n.language)}</td>
                  <td className="actions"><button type="button" onClick={() => void decide(r, 'reopen')}>{t('watch.reminders.reopen')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
