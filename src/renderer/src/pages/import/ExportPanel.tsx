// Exports: GEXF and GraphML for Gephi (scores as node attributes), CSV for spreadsheets, and a
// JSON backup Maillage can import again. Downloaded as files in both hosts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/imports';
import { useClient } from '../../api/context';
import { downloadFile } from '../../download';
import { errorText } from '../../errors';

export function ExportPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  // The failure itself, translated as it is shown (and again if the language changes).
  const [error, setError] = useState<unknown>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      downloadFile(await client['export:file']({ format }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card" data-testid="export">
      <h2>{t('import.export')}</h2>
      <p className="muted">{t('import.exportHelp')}</p>
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      <div className="actions">
        {EXPORT_FORMATS.map((f) => (
          <button key={f} type="button" disabled={busy !== null} onClick={() => void download(f)}>
            {t(`import.exportFormats.${f}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
