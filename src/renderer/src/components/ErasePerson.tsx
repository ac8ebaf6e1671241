// Erases a person for good (GDPR), after a confirmation that says what goes: their handles,
// interactions, attendance, notes and the undo history that held them. Not undoable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasePreview } from '../../../shared/my-data';
import { useClient } from '../api/context';

export function ErasePerson({ personId, onErased }: { personId: number; onErased: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [preview, setPreview] = useState<ErasePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ask = () =>
    client['person:erasePreview'](personId).then(
      (p) => setPreview(p),
      (e: Error) => setError(e.message),
    );
  const erase = () =>
    client['person:erase'](personId).then(
      () => onErased(),
      (e: Error) => setError(e.message),
    );
  return (
    <div className="erase">
      {!preview && (
        <button type="button" className="link small danger" onClick={() => void ask()}>
          {t('myData.erase')}
        </button>
      )}
      {preview && (
        <div className="card" role="alertdialog" aria-label={t('myData.eraseTitle', { name: preview.name })}>
          <h3>{t('myData.eraseTitle', { name: preview.name })}</h3>
          <p data-testid="erase-what">
            {t('myData.eraseWhat', {
              name: preview.name,
              handles: preview.handles.join(', ') || '—',
              interactions: preview.interactions,
              attendance: preview.attendance,
              history: preview.historyEntries,
            })}
          </p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void erase()}>{t('myData.eraseConfirm')}</button>
            <button type="button" onClick={() => setPreview(null)}>{t('myData.cancel')}</button>
          </div>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
