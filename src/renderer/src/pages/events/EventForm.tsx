// Creating or editing an event: name, kind, date, place, seats and host organisation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventInput, type EventKind } from '../../../../shared/domain';
import { errorText } from '../../errors';

const EMPTY: EventInput = { name: '', kind: 'forum', date: null, place: null, capacity: null, hostOrganisation: null };

export function EventForm({ initial = EMPTY, onSave, onCancel }: { initial?: EventInput; onSave: (input: EventInput) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<EventInput>(initial);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<EventInput>) => setValue((v) => ({ ...v, ...patch }));
  return (
    <form
      className="card event-form"
      aria-label={t('events.form')}
      onSubmit={(e) => {
        e.preventDefault();
        setSaving(true);
        setError(null);
        onSave(value).catch((err: unknown) => setError(err)).finally(() => setSaving(false));
      }}
    >
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      <label>
        {t('events.name')}
        <input required maxLength={300} value={value.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label>
        {t('events.kind')}
        <select value={value.kind} onChange={(e) => set({ kind: e.target.value as EventKind })}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`events.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('events.date')}
        <input type="date" value={value.date ?? ''} onChange={(e) => set({ date: e.target.value || null })} />
      </label>
      <label>
        {t('events.place')}
        <input maxLength={500} value={value.place ?? ''} onChange={(e) => set({ place: e.target.value || null })} />
      </label>
      <label>
        {t('events.capacity')}
        <input type="number" min={1} value={value.capacity ?? ''} onChange={(e) => set({ capacity: e.target.value ? Number(e.target.value) : null })} />
      </label>
      <label>
        {t('events.host')}
        <input maxLength={500} value={value.hostOrganisation ?? ''} onChange={(e) => set({ hostOrganisation: e.target.value || null })} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving || !value.name.trim()}>
          {t('events.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
