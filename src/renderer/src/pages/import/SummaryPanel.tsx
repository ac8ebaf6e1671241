// What an import did: what it added, what it recognised, and what to review next.
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/imports';
import { listCounts } from '../../counts';
import { importWarningText } from '../../api/import-reason';

export function SummaryPanel({ summary, fileName }: { summary: ImportSummary; fileName: string }) {
  const { t, i18n } = useTranslation();
  const a = summary.added;
  return (
    <section className="card" data-testid="import-summary" aria-live="polite">
      <h2>{t('import.doneTitle', { file: fileName })}</h2>
      {summary.alreadyImported ? (
        <p>{t('import.already')}</p>
      ) : (
        <>
          <p>{t('import.added', { what: listCounts(t, i18n.language, { people: a.people, interactions: a.interactions, events: a.events, attendance: a.attendance, follows: a.follows }) })}</p>
          <p className="muted">{t('import.matched', { count: summary.matchedPeople, interactions: summary.duplicateInteractions })}</p>
          {summary.proposedMerges ? <p>{t('import.proposed', { count: summary.proposedMerges })}</p> : null}
        </>
      )}
      {summary.warnings.length > 0 && (
        <details>
          <summary>{t('import.warnings', { count: summary.warnings.length })}</summary>
          <ul>
            {summary.warnings.slice(0, 100).map((w, i) => (
              <li key={i}>{importWarningText(t, w)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
