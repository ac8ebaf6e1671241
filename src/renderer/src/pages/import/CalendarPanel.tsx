// A calendar file (.ics) before it is imported: how many events and attendees by email it holds,
// each event with its day and place, what was passed over; then one import of the whole file.
import { useTranslation } from 'react-i18next';
import type { CalendarPreview } from '../../../../shared/calendar';
import { importWarningText } from '../../api/import-reason';
import { formatDate } from '../../format';

export function CalendarPanel({ preview, onImport, onCancel }: { preview: CalendarPreview; onImport: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card import-preview" data-testid="calendar-preview">
      <h2>{t('calendarImport.title', { file: preview.fileName })}</h2>
      <p data-testid="calendar-counts">
        {t('calendarImport.events', { count: preview.events.length })} · {t('calendarImport.attendees', { count: preview.attendees })}
      </p>
      <p className="muted">{t('calendarImport.how')}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('calendarImport.name')}</th>
            <th>{t('calendarImport.date')}</th>
            <th>{t('calendarImport.place')}</th>
            <th className="num">{t('calendarImport.byEmail')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.events.map((e, k) => (
            <tr key={k}>
              <td>
                <bdi>{e.name}</bdi>
              </td>
              <td>{e.date ? formatDate(e.date, i18n.language, { dateStyle: 'long' }) : '—'}</td>
              <td>
                <bdi>{e.place ?? '—'}</bdi>
              </td>
              <td className="num">{e.attendees}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.warnings.length > 0 && (
        <ul className="warnings" data-testid="calendar-warnings">
          {preview.warnings.map((w, k) => (
            <li key={k}>{importWarningText(t, w)}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onImport}>{t('calendarImport.import', { count: preview.events.length })}</button>
        <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
      </div>
    </section>
  );
}
