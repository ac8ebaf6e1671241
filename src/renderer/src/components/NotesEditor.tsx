// Notes about a person, saved as they are typed: a short pause saves them, leaving the field or
// closing the panel saves them at once. Each save lands in the network file in one transaction,
// so nothing typed is lost when the app is killed (at most the last pause-less second).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/context';

const PAUSE_MS = 600;

export function NotesEditor({ personId, initial }: { personId: number; initial: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<'saved' | 'pending' | 'error'>('saved');
  const saved = useRef(initial);
  /** The value being saved right now: leaving the field and closing the panel must not save it twice. */
  const inFlight = useRef<string | null>(null);
  const latest = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current;
    if (value === saved.current || value === inFlight.current) return;
    inFlight.current = value;
    client['person:update']({ id: personId, patch: { notes: value } }).then(
      () => {
        saved.current = value;
        if (inFlight.current === value) inFlight.current = null;
        if (latest.current === value) setStatus('saved');
      },
      () => {
        inFlight.current = null;
        setStatus('error');
      },
    );
  };

  // Closing the panel (or switching person) saves what is pending.
  useEffect(() => () => save(), []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="notes-editor">
      <label htmlFor={`notes-${personId}`}>{t('person.notes')}</label>
      <textarea
        id={`notes-${personId}`}
        rows={4}
        maxLength={100_000}
        value={text}
        placeholder={t('person.notesPlaceholder')}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = e.target.value;
          setStatus('pending');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(save, PAUSE_MS);
        }}
        onBlur={save}
      />
      <span className="muted small" data-testid="notes-status" aria-live="polite">
        {status === 'saved' ? t('person.saved') : status === 'pending' ? t('person.saving') : t('person.saveFailed')}
      </span>
    </div>
  );
}
