// "Start my network" or "Explore the sample": the first screen of the browser host, and what
// the Import page offers before importing real contacts into the made-up sample. The new network
// gets its name and its owner (name, X handle, LinkedIn URL, email — all optional but the name).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/context';

export function StartNetworkForm({ onStarted, onCancel }: { onStarted: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [fields, setFields] = useState({ network: '', name: '', x: '', linkedin: '', email: '' });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const handles = Object.fromEntries((['x', 'linkedin', 'email'] as const).filter((k) => fields[k].trim()).map((k) => [k, fields[k]]));
    client['networks:create']({ name: fields.network || fields.name, owner: { name: fields.name, ...handles } }).then(
      () => onStarted(),
      (err: Error) => setError(err.message),
    );
  };
  const text = (key: keyof typeof fields, required = false) => (
    <label>
      {t(`start.field.${key}`)}
      <input value={fields[key]} required={required} onChange={(e) => set(key)(e.target.value)} />
    </label>
  );
  return (
    <form className="card form" onSubmit={submit} aria-label={t('start.title')}>
      {text('name', true)}
      {text('network')}
      {text('x')}
      {text('linkedin')}
      {text('email')}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit">{t('start.create')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('myData.cancel')}</button>}
      </div>
    </form>
  );
}

export function Welcome({ onSample, onStarted }: { onSample: () => void; onStarted: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="welcome" role="dialog" aria-label={t('start.welcome')}>
      <div className="card">
        <h2>{t('start.welcome')}</h2>
        <p>{t('start.intro')}</p>
        <h3>{t('start.title')}</h3>
        <StartNetworkForm onStarted={onStarted} />
        <h3>{t('start.orSample')}</h3>
        <p className="muted">{t('start.sampleWhat')}</p>
        <button type="button" onClick={onSample}>{t('start.explore')}</button>
      </div>
    </div>
  );
}
