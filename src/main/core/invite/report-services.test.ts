// The report channels through the gate: the HTML report in the language asked, and the PDF only
// where the host prints (the desktop app); elsewhere a clear refusal pointing to the HTML.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Network } from '../network';
import { PreferenceStore } from '../preferences';
import { dispatch } from '../dispatch';
import { createServices } from '../services';
import type { EventReportAnswer, PdfFile } from '../../../shared/event-report';
import type { Envelope } from '../../../shared/contract';

const SAMPLE_FORUM = 'Forum des CMO 2026';

test('report:event answers the report and its file; report:eventPdf needs a printer', async () => {
  const network = Network.create(':memory:', { sample: { seed: 42 } });
  const deps = { networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {} };
  const events = network.db.prepare('SELECT id, name FROM event').all() as Array<{ id: number; name: string }>;
  const { id } = (events.find((e) => e.name === SAMPLE_FORUM) ?? events[0]) as { id: number };

  const browser = createServices(deps);
  const answer = (await dispatch(browser, 'report:event', { id, language: 'fr', days: 14 })) as Envelope<EventReportAnswer>;
  assert.ok(answer.ok, JSON.stringify(answer));
  assert.equal(answer.value.report.days, 14);
  assert.match(answer.value.file.fileName, new RegExp(`^event-report-${id}-\\d{4}-\\d{2}-\\d{2}-fr\\.html$`));
  assert.match(answer.value.file.content, /<html lang="fr">/);
  // The network as the app names it: the sample by its French name, not a file name.
  assert.match(answer.value.file.content, /Réseau « Réseau d’exemple » ; rapport établi le/);
  const refused = await dispatch(browser, 'report:eventPdf', { id });
  assert.ok(!refused.ok);
  assert.equal(refused.error.key, 'pdfNeedsDesktop');
  assert.match(refused.error.message, /print it to PDF from your browser/);
  assert.equal((await dispatch(browser, 'report:event', { id: 9999 })).ok, false);

  const printed: string[] = [];
  const desktop = createServices({ ...deps, printPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 test')) });
  const pdf = (await dispatch(desktop, 'report:eventPdf', { id, language: 'en' })) as Envelope<PdfFile>;
  assert.ok(pdf.ok);
  assert.equal(Buffer.from(pdf.value.base64, 'base64').toString(), '%PDF-1.7 test');
  assert.match(pdf.value.fileName, /-en\.pdf$/);
  assert.match(printed[0] ?? '', /<html lang="en">/);
  network.close();
});
