// The column mapper both imports use (a CSV's template, a guest list): each column of the file
// with a menu of what it means, "ignored" first.
import { useTranslation } from 'react-i18next';

export function ColumnMapping<F extends string>({ headers, meaningOf, fields, fieldName, onPick }: {
  headers: readonly string[];
  /** What the column means now ('' when ignored). */
  meaningOf: (header: string) => string;
  fields: readonly F[];
  fieldName: (field: F) => string;
  onPick: (header: string, field: F | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="mapping">
      <thead>
        <tr>
          <th>{t('import.column')}</th>
          <th>{t('import.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((h) => (
          <tr key={h}>
            <td>{h}</td>
            <td>
              <select aria-label={t('import.meaningOf', { column: h })} value={meaningOf(h)} onChange={(e) => onPick(h, e.target.value as F | '')}>
                <option value="">{t('import.ignored')}</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {fieldName(f)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
