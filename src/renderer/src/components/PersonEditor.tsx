// Editing who a person is: name, role, organisation, title, gender (only for parity planning),
// audience and tags. One save is one undoable edit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, ROLES, type Gender, type Person, type PersonPatch, type Role } from '../../../shared/domain';
import { useClient } from '../api/context';
import { errorText } from '../errors';

export function PersonEditor({ person, onDone }: { person: Person; onDone: (saved: Person | null) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [name, setName] = useState(person.name);
  const [role, setRole] = useState<Role>(person.role);
  const [organisation, setOrganisation] = useState(person.organisation ?? '');
  const [title, setTitle] = useState(person.title ?? '');
  const [gender, setGender] = useState<Gender | ''>(person.gender ?? '');
  const [followers, setFollowers] = useState(person.followers === null ? '' : String(person.followers));
  const [tags, setTags] = useState(person.tags.join(', '));
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);

  const submit = () => {
    const patch: PersonPatch = {
      name: name.trim(),
      role,
      organisation: organisation.trim() || null,
      title: title.trim() || null,
      gender: gender || null,
      followers: followers.trim() === '' ? null : Number(followers),
      tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
    };
    if (patch.followers !== null && patch.followers !== undefined && !(Number.isInteger(patch.followers) && patch.followers >= 0)) {
      setError(t('person.followersInvalid'));
      return;
    }
    client['person:update']({ id: person.id, patch }).then(onDone, (e: unknown) => setError(e));
  };

  return (
    <form
      className="person-editor"
      aria-label={t('person.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      <label>
        {t('person.name')}
        <input required maxLength={300} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('person.role')}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
      </label>
      <label>
        {t('person.organisation')}
        <input maxLength={500} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <label>
        {t('person.title')}
        <input maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('person.gender')}
        <select value={gender} onChange={(e) => setGender(e.target.value as Gender | '')}>
          <option value="">{t('person.unknown')}</option>
          {GENDERS.map((g) => <option key={g} value={g}>{t(`invite.genders.${g}`)}</option>)}
        </select>
      </label>
      <label>
        {t('person.followers')}
        <input inputMode="numeric" value={followers} onChange={(e) => setFollowers(e.target.value)} />
      </label>
      <label>
        {t('person.tags')}
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={!name.trim()}>{t('events.save')}</button>
        <button type="button" onClick={() => onDone(null)}>{t('import.cancel')}</button>
      </div>
    </form>
  );
}
