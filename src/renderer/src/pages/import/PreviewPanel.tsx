// What a staged file holds and what importing it will add, before anything is written. The
// format can be changed, and for CSV the template and each column's meaning.
import { useTranslation } from 'react-i18next';
import { CSV_TEMPLATES, IMPORT_FORMATS, type CsvTemplate, type ImportFormat, type ImportPreview } from '../../../../shared/imports';
import { ownValue } from '../../../../shared/own-key';
import type { ImportChoice } from './choice';
import { listCounts } from '../../counts';
import { formatDate, formatSize } from '../../format';

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
  const nothing = c.people + c.interactions + c.events + c.attendance + c.follows === 0 && !preview.audience;
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
            <table className="mapping">
              <thead>
                <tr>
                  <th>{t('import.column')}</th>
                  <th>{t('import.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {csv.headers.map((h) => (
                  <tr key={h}>
                    <td>{h}</td>
                    <td>
                      <select
                        aria-label={t('import.meaningOf', { column: h })}
                        value={ownValue(csv.mapping, h) ?? ''}
                        onChange={(e) => onChange({ ...current, csvMapping: { ...csv.mapping, [h]: e.target.value } })}
                      >
                        <option value="">{t('import.ignored')}</option>
                        {(csv.fields[csv.template as CsvTemplate] ?? []).map((f) => (
                          <option key={f} value={f}>
                            {t(`csvFields.${f}`, { defaultValue: f })}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </fieldset>
      )}
      <p data-testid="import-counts">
        {t('import.willAdd', { what: listCounts(t, i18n.language, { people: c.people, interactions: c.interactions, events: c.events, attendance: c.attendance, follows: c.follows }) })}
        {preview.knownPeople > 0 && <> {t('import.known', { count: preview.knownPeople })}</>}
      </p>
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
      {preview.warnings.length > 0 && (
        <details data-testid="import-warnings">
          <summary>{t('import.warnings', { count: preview.warnings.length })}</summary>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{w.line !== undefined ? `${t('import.line', { line: w.line })}: ` : ''}{w.message}</li>
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
