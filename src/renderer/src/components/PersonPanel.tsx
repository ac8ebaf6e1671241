// The person view: identity, activity, reciprocity, events and closest partners, in a column about a
// third of the window wide (two columns of content on wide screens); handles cut with the full value
// on hover rather than wrapped.
// Every string from the network is rendered as React text, never as HTML. Mounted with a key per
// person, so switching person starts from an empty panel.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionKind, PersonDetail } from '../../../shared/domain';
import { useClient } from '../api/context';
import { countOf } from '../counts';
import { ActivityChart } from './ActivityChart';
import { ErasePerson } from './ErasePerson';
import { StaleBanner } from './StaleBanner';
import { GuidancePanel } from './GuidancePanel';
import { LogInteraction } from './LogInteraction';
import { NotesEditor } from './NotesEditor';
import { PersonEditor } from './PersonEditor';
import { WhyInfluence } from './WhyInfluence';

export function PersonPanel({ id, onClose, onSelect }: { id: number; onClose: () => void; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [detail, setDetail] = useState<PersonDetail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    client['person:get'](id).then(
      (d) => live && setDetail(d),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [client, id, reload]);

  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language, { year: 'numeric', month: 'short', day: 'numeric' }) : '—');
  const kinds = (counts: Partial<Record<InteractionKind, number>>) =>
    Object.entries(counts)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([kind, n]) => t(`kindCounts.${kind}`, { count: n ?? 0 }))
      .join(', ') || '—';

  return (
    <aside className="person-panel" aria-label="person" data-testid="person-panel">
      <button type="button" className="close" onClick={onClose} aria-label={t('person.close')}>×</button>
      {error && <p className="error" role="alert">{t('errors.failed', { message: error })}</p>}
      {detail === undefined && !error && <p className="muted">…</p>}
      {detail && (
        <>
          <h2 data-testid="person-name">
            {detail.person.name} {detail.person.isMe && <span className="badge">{t('person.me')}</span>}
          </h2>
          <p className="role">
            {t(`roles.${detail.person.role}`)}
            {detail.person.roleSource === 'inferred' && <span className="muted small" title={t('myData.suggestionHelp')}> ({t('myData.roleFromTitle').toLowerCase()})</span>}{' '}
            {!editing && (
              <button type="button" className="link small" onClick={() => setEditing(true)}>
                {t('person.edit')}
              </button>
            )}
          </p>
          {editing && (
            <PersonEditor
              person={detail.person}
              onDone={(saved) => {
                setEditing(false);
                if (saved) setDetail({ ...detail, person: saved });
              }}
            />
          )}
          <div className="person-columns">
          <section className="person-column">
          <dl>
            <dt>{t('person.organisation')}</dt>
            <dd>{detail.person.organisation ?? '—'}</dd>
            <dt>{t('person.title')}</dt>
            <dd>{detail.person.title ?? '—'}</dd>
            <dt>{t('person.followers')}</dt>
            <dd>{detail.person.followers?.toLocaleString(i18n.language) ?? t('person.unknown')}</dd>
            <dt>{t('person.partners')}</dt>
            <dd>
              {detail.activity.partners} ({t('person.reciprocalPartners')} {detail.activity.reciprocalPartners})
            </dd>
            <dt>{t('person.sent')}</dt>
            <dd>{kinds(detail.activity.sent)}</dd>
            <dt>{t('person.received')}</dt>
            <dd>{kinds(detail.activity.received)}</dd>
          </dl>
          {detail.person.handles.length > 0 && (
            <>
              <h3>{t('person.handles')}</h3>
              <ul className="handles">
                {detail.person.handles.map((h) => (
                  <li key={`${h.kind}:${h.value}`} title={h.value}>
                    <span className="muted">{h.kind}</span> <span className="handle-value">{h.value}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('person.events')}</h3>
          {detail.events.length === 0 ? (
            <p className="muted">{t('person.noEvents')}</p>
          ) : (
            <ul>
              {detail.events.map((e) => (
                <li key={e.id}>
                  {e.name} <span className="muted">· {date(e.date)} · {t(`events.${e.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
          <NotesEditor personId={detail.person.id} initial={detail.person.notes} />
          <LogInteraction personId={detail.person.id} onLogged={() => setReload((r) => r + 1)} />
          {!detail.person.isMe && <ErasePerson personId={detail.person.id} onErased={onClose} />}
          </section>
          <section className="person-column">
          {detail.activity.firstAt && <p className="muted">{t('person.activity', { from: date(detail.activity.firstAt), to: date(detail.activity.lastAt) })}</p>}
          <ActivityChart monthly={detail.activity.monthly} />
          <StaleBanner />
          <GuidancePanel view="person" />
          <WhyInfluence id={detail.person.id} onSelect={onSelect} />
          <h3>{t('person.topPartners')}</h3>
          <ul className="partners">
            {detail.topPartners.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => onSelect(p.id)}>{p.name}</button>{' '}
                <span className="muted">{t('person.sentReceived', { sent: countOf(t, 'sent', p.sent), received: countOf(t, 'received', p.received) })}</span>
              </li>
            ))}
          </ul>
          </section>
          </div>
        </>
      )}
    </aside>
  );
}
