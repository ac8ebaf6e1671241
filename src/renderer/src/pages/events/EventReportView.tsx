// After the event, the report to share: a preview of the very page that is saved (in a frame
// without scripts), its HTML to download, and a PDF — made by the desktop app itself, or through
// the browser's own print dialog ("Save as PDF") under `maillage serve`.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventReportAnswer } from '../../../../shared/event-report';
import { useClient } from '../../api/context';
import { downloadBlob, downloadFile } from '../../download';
import { errorText } from '../../errors';
import './event-report.css';

function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/pdf' });
}

export function EventReportView({ eventId }: { eventId: number }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const frame = useRef<HTMLIFrameElement>(null);
  const [days, setDays] = useState(30);
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const key = JSON.stringify([eventId, days, language]);
  // The answer with the request it answers: while they differ, the report is being made.
  const [result, setResult] = useState<{ key: string; answer: EventReportAnswer | null; error: unknown } | null>(null);
  const [pdfError, setPdfError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    client['report:event']({ id: eventId, days, language }).then(
      (answer) => live && setResult({ key, answer, error: null }),
      (error: unknown) => live && setResult({ key, answer: null, error }),
    );
    return () => {
      live = false;
    };
  }, [client, eventId, days, language, key]);
  const busy = result?.key !== key;
  const answer = result?.answer ?? null;
  const desktop = client.host === 'electron';

  const savePdf = async () => {
    setPdfError(null);
    setSaving(true);
    try {
      const pdf = await client['report:eventPdf']({ id: eventId, days, language });
      downloadBlob(pdf.fileName, pdfBlob(pdf.base64));
    } catch (error) {
      setPdfError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="event-report" data-testid="event-report">
      <div className="filters">
        <label>
          {t('eventReport.days')} <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(Math.min(365, Math.max(1, Number(e.target.value) || 30)))} />
        </label>
        <span className="spacer" />
        <button type="button" disabled={!answer || busy} onClick={() => answer && downloadFile(answer.file)}>{t('eventReport.download')}</button>
        {desktop ? (
          <button type="button" disabled={!answer || busy || saving} onClick={() => void savePdf()}>{t('eventReport.savePdf')}</button>
        ) : (
          <button type="button" disabled={!answer || busy} onClick={() => frame.current?.contentWindow?.print()}>{t('eventReport.printPdf')}</button>
        )}
      </div>
      <p className="muted small">{desktop ? t('eventReport.pdfHintDesktop') : t('eventReport.pdfHintBrowser')}</p>
      {busy && <p className="muted" role="status">{t('eventReport.building')}</p>}
      {result?.error != null && <p className="error" role="alert">{errorText(t, result.error)}</p>}
      {pdfError !== null && <p className="error" role="alert">{errorText(t, pdfError)}</p>}
      {answer && (
        // No scripts in the frame: the report has none, and names from the data stay text. Same
        // origin and modals only so that the page can open the browser's print dialog on it.
        <iframe ref={frame} className="report-preview" title={t('eventReport.preview')} sandbox="allow-same-origin allow-modals" srcDoc={answer.file.content} data-testid="event-report-preview" />
      )}
    </section>
  );
}
