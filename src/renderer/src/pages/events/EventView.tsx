// One event: its details (editable), its attendees with their role and status, and — for the
// organiser — the invite planner, the matchmaking table plan and, afterwards, its impact.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_ROLES, ATTENDANCE_STATUSES, type AttendanceRole, type AttendanceStatus, type EventDetail } from '../../../../shared/domain';
import { useClient } from '../../api/context';
import { countOf, genderContext } from '../../counts';
import { formatDate } from '../../format';
import { EventForm } from './EventForm';
import { ImpactView } from './ImpactView';
import { EventReportView } from './EventReportView';
import { InvitePlanner } from './InvitePlanner';
import { MatchmakingView } from './MatchmakingView';
import { PersonPicker } from './PersonPicker';
import { errorText } from '../../errors';

type Tab = 'attendees' | 'invite' | 'matchmaking' | 'impact' | 'report';

export function EventView({ id, onBack, onSelectPerson }: { id: number; onBack: () => void; onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [event, setEvent] = useState<EventDetail | null>(null);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [tab, setTab] = useState<Tab>('attendees');

  const load = useCallback(() => client['event:get']({ id }).then(setEvent, (e: unknown) => setError(e)), [client, id]);
  useEffect(() => void load(), [load]);
  const act = (work: Promise<EventDetail>) => void work.then(setEvent, (e: unknown) => setError(e));

  if (!event) return error !== null ? <p className="error" role="alert">{errorText(t, error)}</p> : null;
  return (
    <div className="page event-view" data-testid="event-view">
      <button type="button" className="link" onClick={onBack}>
        ← {t('events.title')}
      </button>
      <h1>{event.name}</h1>
      <p className="muted" data-testid="event-facts">
        {/* Each fact isolated: a right-to-left override in a place name must not reorder the rest. */}
        {[t(`events.kinds.${event.kind}`), event.date ? formatDate(event.date, i18n.language, { dateStyle: 'long' }) : null, event.place, event.hostOrganisation, event.capacity ? t('events.seats', { count: event.capacity }) : null]
          .filter((fact): fact is string => Boolean(fact))
          .map((fact, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <bdi>{fact}</bdi>
            </span>
          ))}
      </p>
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      {editing ? (
        <EventForm
          initial={{ name: event.name, kind: event.kind, date: event.date, place: event.place, capacity: event.capacity, hostOrganisation: event.hostOrganisation }}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            setEvent(await client['event:update']({ id, patch }));
            setEditing(false);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>{t('events.edit')}</button>
          {confirmDelete ? (
            <>
              <button type="button" className="danger" onClick={() => void client['event:delete']({ id }).then(onBack, (e: unknown) => setError(e))}>
                {t('events.deleteConfirm')}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>{t('import.cancel')}</button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>{t('events.delete')}</button>
          )}
        </div>
      )}
      <div role="tablist" className="tabs">
        {(['attendees', 'invite', 'matchmaking', 'impact', 'report'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
            {name === 'report' ? t('eventReport.tab') : t(`events.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'attendees' && (
        <section data-testid="attendees">
          <PersonPicker label={t('events.addPerson')} exclude={event.attendees.map((a) => a.personId)} onPick={(p) => act(client['attendance:set']({ eventId: id, personId: p.id, status: 'invited' }))} />
          <p className="muted">{t('events.counts', { invited: countOf(t, 'invited', event.counts.invited), confirmed: countOf(t, 'confirmed', event.counts.confirmed), declined: countOf(t, 'declined', event.counts.declined), attended: countOf(t, 'attended', event.counts.attended) })}</p>
          <table className="table">
            <thead>
              <tr>
                <th>{t('rankings.name')}</th>
                <th>{t('rankings.organisation')}</th>
                <th>{t('events.attendanceRole')}</th>
                <th>{t('events.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {event.attendees.map((a) => (
                <tr key={a.personId}>
                  <td>
                    <button type="button" className="link" onClick={() => onSelectPerson(a.personId)}>{a.name}</button>
                  </td>
                  <td>{a.organisation ?? '—'}</td>
                  <td>
                    <select aria-label={t('events.roleOf', { name: a.name })} value={a.attendanceRole} onChange={(e) => act(client['attendance:set']({ eventId: id, personId: a.personId, role: e.target.value as AttendanceRole }))}>
                      {ATTENDANCE_ROLES.map((r) => <option key={r} value={r}>{t(`events.roles.${r}`)}</option>)}
                    </select>
                  </td>
                  <td>
                    <select aria-label={t('events.statusOf', { name: a.name })} value={a.status} onChange={(e) => act(client['attendance:set']({ eventId: id, personId: a.personId, status: e.target.value as AttendanceStatus }))}>
                      {ATTENDANCE_STATUSES.map((s) => <option key={s} value={s}>{t(`attendanceStatus.${s}`, { context: genderContext(a.gender) })}</option>)}
                    </select>
                  </td>
                  <td>
                    <button type="button" aria-label={t('events.removeOf', { name: a.name })} onClick={() => act(client['attendance:remove']({ eventId: id, personId: a.personId }))}>×</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {tab === 'invite' && <InvitePlanner event={event} onSelectPerson={onSelectPerson} />}
      {tab === 'matchmaking' && <MatchmakingView eventId={id} onSelectPerson={onSelectPerson} />}
      {tab === 'impact' && <ImpactView eventId={id} onSelectPerson={onSelectPerson} />}
      {tab === 'report' && <EventReportView eventId={id} />}
    </div>
  );
}
