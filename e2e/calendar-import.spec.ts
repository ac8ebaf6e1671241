// A calendar file (.ics) imported from the Import page: the preview counts its events and the
// attendees it names by email, the import lands in one go, and the events are in the list; a
// broken calendar is refused with the file and the field named, and nothing is written.
import { readFileSync } from 'node:fs';
import { callApi, expect, test } from './serve-fixture';

const CLUB = readFileSync('src/main/core/import/fixtures/ics/club.ics');

test('import a .ics from the Import page: preview, one import, its events in the list', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const before = await callApi<unknown[]>(page, served, 'events:list');

  // A calendar without a date: refused, naming the file and the field; nothing written.
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.ics', mimeType: 'text/calendar', buffer: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Sans date\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') });
  await expect(page.getByTestId('import-error')).toContainText('broken.ics');
  await expect(page.getByTestId('import-error')).toContainText('DTSTART');
  expect(await callApi<unknown[]>(page, served, 'events:list')).toHaveLength(before.length);

  await page.getByTestId('file-input').setInputFiles({ name: 'club.ics', mimeType: 'text/calendar', buffer: CLUB });
  const preview = page.getByTestId('calendar-preview');
  await expect(page.getByTestId('calendar-counts')).toHaveText('2 events · 5 attendees by email');
  await expect(preview).toContainText('Matinale CMO : l\'IA et la marque');
  await expect(preview).toContainText('Lyon, Hôtel-Dieu');
  await expect(preview.locator('tbody tr').first().locator('td.num')).toHaveText('5');
  await page.screenshot({ path: 'e2e/artifacts/calendar-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 2 events' }).click();
  // Real people into the made-up sample: asked first, as for any import.
  await expect(page.getByTestId('sample-ask')).toBeVisible();
  expect(await callApi<unknown[]>(page, served, 'events:list')).toHaveLength(before.length);
  await page.getByTestId('sample-ask').getByRole('button', { name: 'Import into the sample anyway' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('club.ics');
  await expect(page.getByTestId('import-summary')).toContainText('2 events');

  await page.getByRole('button', { name: 'Events', exact: true }).click();
  const table = page.getByTestId('events-table');
  await expect(table).toContainText('Matinale CMO : l\'IA et la marque');
  await expect(table).toContainText('Dîner des directeurs marketing 2027 #1');
  await page.getByRole('button', { name: 'Matinale CMO : l\'IA et la marque' }).click();
  await expect(page.getByTestId('attendees').locator('tbody tr')).toHaveCount(5);

  // The same file again adds nothing.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'club.ics', mimeType: 'text/calendar', buffer: CLUB });
  await page.getByRole('button', { name: 'Import 2 events' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('imported before: nothing was added');
  expect(await callApi<unknown[]>(page, served, 'events:list')).toHaveLength(before.length + 2);
});
