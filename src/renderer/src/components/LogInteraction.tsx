// Logs an interaction by hand from a person's page: a meeting, a call, a lunch or a message with
// the owner of the network (or anyone else picked), a date, a channel and a note.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel, type PersonSummary } from '../../../shared/domain';
import { LOGGED_KINDS, type LoggedKind } from '../../../shared/my-data';
import { useClient } from '../api/context';
import { PersonPicker } from '../pages/events/PersonPicker';

export function LogInteraction({ personId, onLogged }: { personId: number; onLogged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [partner, setPartner] = useState<{ id: number; name: string } | null>(null);
  const [kind, setKind] = useState<LoggedKind>('met');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [at, setAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  // With the owner by default: most interactions a CMO logs are their own.
  useEffect(() => {
    let live = true;
    void client['owner:get'](undefined).then((owner) => live && owner && owner.id !== personId && setPartner({ id: owner.id, name: owner.name }));
    return () => {
      live = false;
    };
  }, [client, personId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!partner) return;
    client['interaction:create']({ from: partner.id, to: personId, kind, at, ...(channel ? { channel } : {}), ...(note.trim() ? { note } : {}) }).then(
      () => {
        setNote('');
        setError(null);
        onLogged();
      },
      (err: Error) => setError(err.message),
    );
  };

  return (
    <form className="card form" onSubmit={submit} aria-label={t('myData.logInteraction')}>
      <h3>{t('myData.logInteraction')}</h3>
      <p>
        {t('myData.with')}: <strong data-testid="log-partner">{partner?.name ?? '—'}</strong>
      </p>
      <PersonPicker label={t('myData.with')} exclude={[personId]} onPick={(p: PersonSummary) => setPartner({ id: p.id, name: p.name })} />
      <label>
        {t('myData.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as LoggedKind)}>
          {LOGGED_KINDS.map((k) => (
            <option key={k} value={k}>{t(`myData.loggedKinds.${k}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('myData.date')}
        <input type="date" value={at} required onChange={(e) => setAt(e.target.value)} />
      </label>
      <label>
        {t('myData.channel')}
        <select value={channel} onChange={(e) => setChannel(e.target.value as Channel | '')}>
          <option value="">—</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        {t('myData.note')}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={!partner}>{t('myData.log')}</button>
    </form>
  );
}
