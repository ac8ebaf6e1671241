// The after-event report's channels (issue #15 part 7), on the network that is open now:
// the report with its HTML file, and its PDF where the host can print one (the desktop app).
import type { Api } from '../../../shared/contract';
import { resolveLanguage, type Language } from '../../../shared/i18n';
import { MaillageError } from '../../../shared/errors';
import { translator } from '../../../shared/translate';
import type { NetworkHolder } from '../services';
import type { PreferenceStore } from '../preferences';
import { eventReport } from './event-report';
import { eventReportFile } from './event-report-html';

export type EventReportChannel = 'report:event' | 'report:eventPdf';

/** Prints a self-contained HTML page to PDF (Electron's printToPDF); hosts without one leave it out. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export function eventReportServices(networks: NetworkHolder, preferences: PreferenceStore, printPdf?: PdfPrinter): Pick<Api, EventReportChannel> {
  const make = (id: number, days: number | undefined, language: Language | undefined) => {
    const lang = language ?? resolveLanguage(preferences.read().language, Intl.DateTimeFormat().resolvedOptions().locale);
    const report = eventReport(networks.current().db, id, days ? { days } : {});
    // The network as the app names it: the sample by its translated name, a file without its extension.
    const info = networks.current().info();
    const networkName = info.isSample ? translator(lang)('app.sample') : info.name.replace(/\.maillage$/i, '');
    return { report, file: eventReportFile(report, { language: lang, networkName }) };
  };
  return {
    'report:event': async ({ id, days, language }) => make(id, days, language),
    'report:eventPdf': async ({ id, days, language }) => {
      if (!printPdf) {
        throw new MaillageError('conflict', 'Only the desktop app makes PDFs: save the report as HTML and print it to PDF from your browser ("Save as PDF").', 'pdfNeedsDesktop');
      }
      const { file } = make(id, days, language);
      const pdf = await printPdf(file.content);
      return { fileName: file.fileName.replace(/\.html$/, '.pdf'), mime: 'application/pdf' as const, base64: Buffer.from(pdf).toString('base64') };
    },
  };
}
