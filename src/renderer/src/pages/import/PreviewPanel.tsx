// What a staged file holds and what importing it will add, before anything is written. The
// format can be changed, and for CSV the template and each column's meaning.
import { useTranslation } from 'react-i18next';
import { CSV_TEMPLATES, IMPORT_FORMATS, type CsvTemplate, type ImportFormat, type ImportPreview } from '../../../../shared/imports';
import { ownValue } from '../../../../shared/own-key';
import type { ImportChoice } from './choice';
import { listCounts } from '../../counts';
import { formatDate, formatSize } from '../../format';
import { importProblemText } from '../../errors';
import { ColumnMapping } from './ColumnMapping';
import { importWarningText } from '../../api/import-reason';

export function PreviewPanel({ preview, choice, onChange, onImport, onCancel }: {
  preview: ImportPreview;
  choice: ImportChoice;
  onChange: (choice: ImportChoice) => void;
  onImport: (choice: ImportChoice) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const c = preview.counts;
  const csv = preview.csv;
  const current: ImportChoice = { ...choice, format: preview.format, ...(csv?.template ? { csvTemplate: csv.template, csvMapping: csv.mapping } : {}) };
  const counted = c.people + c.interactions + c.events + c.attendance + c.follows;
  const nothing = counted === 0 && !preview.audience;
  // A warning with an import error's parameters is why nothing can be imported yet (the mapper
  // stays on screen): said in full, not counted among the rows passed over.
  const problems = preview.warnings.filter((w) => w.params !== undefined);
  const skipped = preview.warnings.filter((w) => w.params === undefined);
  return (
    <section className="card import-preview" data-testid="import-preview" aria-label={t('import.preview')}>
      <h2>
        {preview.fileName} <span className="muted small">{formatSize(preview.size, i18n.language)}</span>
      </h2>
      <label>
        {t('import.format')}{' '}
        <select aria-label={t('import.format')} value={preview.format} onChange={(e) => onChange({ staged: preview.staged, format: e.target.value as ImportFormat })}>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`import.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {csv && (
        <fieldset className="csv-mapping" data-testid="csv-mapping">
          <legend>{t('import.mapping')}</legend>
          <label>
            {t('import.template')}{' '}
            <select aria-label={t('import.template')} value={csv.template ?? ''} onChange={(e) => onChange({ staged: preview.staged, format: 'csv', csvTemplate: e.target.value as CsvTemplate })}>
              {!csv.template && <option value="">—</option>}
              {CSV_TEMPLATES.map((tpl) => (
                <option key={tpl} value={tpl}>
                  {t(`import.templates.${tpl}`)}
                </option>
              ))}
            </select>
          </label>
          {csv.template && (
            <ColumnMapping
              headers={csv.headers}
              meaningOf={(h) => ownValue(csv.mapping, h) ?? ''}
              fields={csv.fields[csv.template as CsvTemplate] ?? []}
              fieldName={(f) => t(`csvFields.${f}`, { defaultValue: f })}
              onPick={(h, field) => onChange({ ...current, csvMapping: { ...csv.mapping, [h]: field } })}
            />
          )}
        </fieldset>
      )}
      {problems.map((w, i) => (
        <p key={i} className="error" role="alert" data-testid="import-problem">{importProblemText(t, w.message, w.params)}</p>
      ))}
      {/* An audience-only file (X followers) is said by its own line below. */}
      {(counted > 0 || !preview.audience) && (
        <p data-testid="import-counts">
          {counted === 0 ? t('importProblem.holdsNothing') : t('import.willAdd', { what: listCounts(t, i18n.language, { people: c.people, interactions: c.interactions, events: c.events, attendance: c.attendance, follows: c.follows }) })}
          {preview.knownPeople > 0 && <> {t('import.known', { count: preview.knownPeople })}</>}
        </p>
      )}
      {preview.audience && (
        <p className="muted" data-testid="import-audience">
          {t('audience.preview', {
            followers: preview.audience.followers ?? 0,
            followings: preview.audience.followings ?? 0,
            date: preview.audience.takenAt ? formatDate(preview.audience.takenAt, i18n.language) : t('audience.previewNow'),
          })}
        </p>
      )}
      {preview.samplePeople.length > 0 && (
        <details open>
          <summary>{t('import.samplePeople')}</summary>
          <table className="sample">
            <tbody>
              {preview.samplePeople.map((p, i) => (
                <tr key={i}>
                  <td>{p.name}</td>
                  <td className="muted">{p.organisation ?? ''}</td>
                  <td className="muted">{p.handles.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {preview.sampleInteractions.length > 0 && (
        <details>
          <summary>{t('import.sampleInteractions')}</summary>
          <table className="sample">
            <tbody>
              {preview.sampleInteractions.map((x, i) => (
                <tr key={i}>
                  <td>{x.from}</td>
                  <td>→ {x.to}</td>
                  <td className="muted">{t(`kinds.${x.kind}`, { defaultValue: x.kind })}</td>
                  <td className="muted">{x.at ? formatDate(x.at, i18n.language) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {skipped.length > 0 && (
        <details data-testid="import-warnings">
          <summary>{t('import.warnings', { count: skipped.length })}</summary>
          <ul>
            {skipped.map((w, i) => (
              <li key={i}>{importWarningText(t, w)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={nothing} onClick={() => onImport(current)}>
          {t('import.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}
