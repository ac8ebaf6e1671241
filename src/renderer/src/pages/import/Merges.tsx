// Identity resolution review: likely duplicates to accept or reject, and past merges to undo.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeOverview, MergePersonInfo } from '../../../../shared/imports';
import { useClient } from '../../api/context';
import { formatDate } from '../../format';
import { errorText } from '../../errors';

function Who({ p }: { p: MergePersonInfo }) {
  return (
    <span>
      <strong>{p.name}</strong>
      {p.organisation ? <span className="muted"> · {p.organisation}</span> : null}
      <span className="muted small"> · {p.handles.map((h) => (h.kind === 'x' ? `@${h.value}` : h.value)).join(', ') || '—'}</span>
    </span>
  );
}

export function Merges({ refresh, onChanged }: { refresh: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [data, setData] = useState<MergeOverview | null>(null);
  // The failure itself, translated as it is shown (and again if the language changes).
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => client['merges:list'](undefined).then(setData, (e: unknown) => setError(e)), [client]);
  useEffect(() => void load(), [load, refresh]);
  const act = (work: Promise<unknown>) =>
    void work.then(
      () => {
        setError(null);
        onChanged();
      },
      (e: unknown) => setError(e),
    );
  if (!data) return null;
  const undoable = data.merges.filter((m) => !m.undoneAt);
  if (data.proposals.length === 0 && undoable.length === 0) return null;
  return (
    <section className="card" data-testid="merges" aria-label={t('import.merges')}>
      <h2>{t('import.merges')}</h2>
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      {data.proposals.length > 0 && <p className="muted">{t('import.mergesHelp')}</p>}
      <ul className="merge-list">
        {data.proposals.map((p) => (
          <li key={p.id}>
            <Who p={p.a} /> <span aria-hidden="true">⟷</span> <Who p={p.b} /> <span className="muted small">({t(`import.reasons.${p.reason}`)})</span>{' '}
            <button type="button" onClick={() => act(client['merges:accept']({ id: p.id }))}>{t('import.accept')}</button>{' '}
            <button type="button" onClick={() => act(client['merges:reject']({ id: p.id }))}>{t('import.reject')}</button>
          </li>
        ))}
      </ul>
      {undoable.length > 0 && (
        <>
          <h3>{t('import.pastMerges')}</h3>
          <ul className="merge-list">
            {undoable.map((m) => (
              <li key={m.id}>
                {t('import.mergedInto', { merged: m.mergedName, kept: m.keptName })} <span className="muted small">{formatDate(m.mergedAt, i18n.language)}</span>{' '}
                <button type="button" onClick={() => act(client['merges:undo']({ id: m.id }))}>{t('import.undo')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
