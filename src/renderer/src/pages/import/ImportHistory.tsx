// Provenance: every import, what it added, and removing a whole import (its rows, and the people
// only it brought).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo } from '../../../../shared/imports';
import { useClient } from '../../api/context';
import { countOf } from '../../counts';
import { formatDate } from '../../format';
import { errorText } from '../../errors';

export function ImportHistory({ refresh, onChanged }: { refresh: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [batches, setBatches] = useState<ImportBatchInfo[]>([]);
  const [confirming, setConfirming] = useState<number | null>(null);
  // The failure itself, translated as it is shown (and again if the language changes).
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => client['imports:list'](undefined).then(setBatches, (e: unknown) => setError(e)), [client]);
  useEffect(() => void load(), [load, refresh]);
  if (batches.length === 0) return null;
  return (
    <section className="card" data-testid="import-history">
      <h2>{t('import.history')}</h2>
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      <table>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <td>{formatDate(b.importedAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>{b.fileName}</td>
              <td className="muted">{t(`import.formats.${b.format}`, { defaultValue: b.format })}</td>
              <td className="muted">{t('import.batchCounts', { people: countOf(t, 'people', b.counts.people ?? 0), interactions: countOf(t, 'interactions', b.counts.interactions ?? 0) })}</td>
              <td>
                {confirming === b.id ? (
                  <>
                    <button
                      type="button"
                      className="danger"
                      onClick={() =>
                        void client['imports:remove']({ id: b.id }).then(
                          () => {
                            setConfirming(null);
                            onChanged();
                          },
                          (e: unknown) => setError(e),
                        )
                      }
                    >
                      {t('import.removeConfirm')}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>{t('import.cancel')}</button>
                  </>
                ) : (
                  <button type="button" onClick={() => setConfirming(b.id)}>{t('import.remove')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
