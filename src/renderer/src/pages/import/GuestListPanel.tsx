// A staged file read as the guest list of one event: the tool it came from, every column with
// what it means (always editable, also when nothing was recognised), the guests by status, and
// an import into that event only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDEE_FIELDS, type AttendeeField, type AttendeePreview } from '../../../../shared/attendees';
import { importProblemText } from '../../errors';
import { importWarningText } from '../../api/import-reason';
import { ColumnMapping } from './ColumnMapping';

export function GuestListPanel({ preview, onMap, onImport, onCancel }: {
  preview: AttendeePreview;
  onMap: (mapping: Record<string, AttendeeField | ''>) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // The choices made so far, ahead of the preview that answers them: a second column mapped
  // before the first answer arrives keeps the first choice.
  const [mapping, setMapping] = useState(preview.mapping);
  const [answered, setAnswered] = useState(preview);
  if (answered !== preview) {
    setAnswered(preview);
    setMapping(preview.mapping);
  }
  return (
    <section className="card import-preview" data-testid="guest-list-preview">
      <h2>{t('attendeeImport.title', { file: preview.fileName, event: preview.event.name })}</h2>
      <p className="muted" data-testid="guest-list-source">{t(`attendeeImport.sources.${preview.source}`)}</p>
      <fieldset className="csv-mapping" data-testid="guest-list-mapping">
        <legend>{t('import.mapping')}</legend>
        <ColumnMapping
          headers={preview.headers}
          meaningOf={(h) => mapping[h] ?? ''}
          fields={ATTENDEE_FIELDS}
          fieldName={(f) => t(`attendeeImport.fields.${f}`)}
          onPick={(h, field) => {
            const next = { ...mapping, [h]: field };
            setMapping(next);
            onMap(next);
          }}
        />
      </fieldset>
      {preview.problem ? (
        <p className="error" role="alert" data-testid="guest-list-problem">{importProblemText(t, preview.problem, preview.problemParams)}</p>
      ) : (
        <p data-testid="guest-list-counts">
          {t('attendeeImport.counts', { guests: preview.guests, ...preview.statuses })}
          {preview.knownPeople > 0 && <> {t('import.known', { count: preview.knownPeople })}</>}
        </p>
      )}
      {preview.eventNames.length > 0 && !preview.eventNames.includes(preview.event.name) && (
        <p className="muted small">{t('attendeeImport.otherEvent', { names: preview.eventNames.slice(0, 3).join(', '), event: preview.event.name })}</p>
      )}
      {preview.sample.length > 0 && (
        <details open>
          <summary>{t('attendeeImport.sample')}</summary>
          <table className="sample">
            <tbody>
              {preview.sample.map((g, i) => (
                <tr key={i}>
                  <td>{g.name}</td>
                  <td className="muted">{g.organisation ?? ''}</td>
                  <td className="muted">{g.email ?? ''}</td>
                  <td>{t(`events.${g.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {preview.warnings.length > 0 && (
        <details>
          <summary>{t('import.warnings', { count: preview.warnings.length })}</summary>
          <ul>{preview.warnings.map((w, i) => <li key={i}>{importWarningText(t, w)}</li>)}</ul>
        </details>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={preview.problem !== null || preview.guests === 0} onClick={onImport}>
          {t('attendeeImport.confirm', { event: preview.event.name })}
        </button>
        <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
      </div>
    </section>
  );
}
