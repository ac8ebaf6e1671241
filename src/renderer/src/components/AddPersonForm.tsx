// Adds a person by hand: a name, and what else is known (role, organisation, title, handles).
// The role is guessed from the title when left empty, as at import.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/domain';
import { useClient } from '../api/context';

export function AddPersonForm({ onAdded, onCancel }: { onAdded: (id: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [fields, setFields] = useState({ name: '', title: '', organisation: '', x: '', linkedin: '', email: '' });
  const [role, setRole] = useState<Role | ''>('');
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const given = Object.fromEntries(Object.entries(fields).filter(([k, v]) => k !== 'name' && v.trim() !== ''));
    client['person:create']({ name: fields.name, ...given, ...(role ? { role } : {}) }).then(
      (person) => onAdded(person.id),
      (err: Error) => setError(err.message),
    );
  };
  const text = (key: keyof typeof fields, required = false) => (
    <label key={key}>
      {t(`myData.field.${key}`)}
      <input value={fields[key]} required={required} onChange={(e) => set(key)(e.target.value)} />
    </label>
  );
  return (
    <form className="card form" onSubmit={submit} aria-label={t('myData.addPerson')}>
      {text('name', true)}
      <label>
        {t('rankings.role')}
        <select value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">{t('myData.roleFromTitle')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>{t(`roles.${r}`)}</option>
          ))}
        </select>
      </label>
      {text('title')}
      {text('organisation')}
      {text('x')}
      {text('linkedin')}
      {text('email')}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit">{t('myData.add')}</button>
        <button type="button" onClick={onCancel}>{t('myData.cancel')}</button>
      </div>
    </form>
  );
}
