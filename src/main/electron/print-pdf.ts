// Prints a report page (self-contained, no script, its own CSP) to PDF with Chromium's own
// printer: a hidden window, sandboxed like the main one and with JavaScript off, loads the page
// from a data: URL (never file://), prints it A4 and is destroyed.
import { BrowserWindow } from 'electron';
import { MaillageError } from '../../shared/errors';
import { WEB_PREFERENCES } from './window';

/** Chromium refuses to navigate to URLs over 2 MiB. */
const MAX_URL = 2 * 1024 * 1024;

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > MAX_URL) throw new MaillageError('failed', 'This report is too long to print from the app: download it as HTML and print it to PDF from your browser.');
  const printer = new BrowserWindow({ show: false, webPreferences: { ...WEB_PREFERENCES, javascript: false } });
  try {
    await printer.loadURL(url);
    const pdf = await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    printer.destroy();
  }
}
