// Import in the app: drop a LinkedIn export shaped like the real one, preview it, import it,
// review the duplicate it brings (accept, then undo), see a broken file's error, remove the
// import, and export the network for Gephi.
import { readFileSync } from 'node:fs';
import { callApi, expect, test } from './serve-fixture';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

test('drop, preview, import, review duplicates, undo, remove and export', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  const api = <T,>(channel: string, payload?: unknown) => callApi<T>(page, served, channel, payload);
  // Someone from the sample network, with their organisation: the export brings them again.
  const sample = (await api<{ people: Array<{ id: number; name: string; organisation: string | null; isMe: boolean }> }>('people:list', { limit: 50 })).people.find((p) => !p.isMe && p.organisation)!;
  const [first, ...rest] = sample.name.split(' ');
  const csv = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    HEADER,
    `${first},${rest.join(' ')},https://www.linkedin.com/in/someone-twice,,"${sample.organisation}",CMO,14 Mar 2024`,
    'Zoé,Marchand,https://www.linkedin.com/in/zoe-marchand-77,,"Stripe, Inc.",Head of Brand,01 Jan 2024',
    ',,,,,,',
    '<img src=x onerror=alert(1)>,Test,https://www.linkedin.com/in/hostile,,Acme,CMO,02 Feb 2023',
  ].join('\r\n');
  const before = (await api<{ counts: { people: number } }>('network:info')).counts.people;

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Connections.csv');
  await expect(page.getByLabel('Format')).toHaveValue('linkedin');
  await expect(page.getByTestId('import-counts')).toContainText('The file holds 4 people and 3 interactions.');
  await expect(preview).toContainText('Zoé Marchand');
  await expect(preview).toContainText('<img src=x onerror=alert(1)> Test');
  await page.getByTestId('import-warnings').click();
  await expect(page.getByTestId('import-warnings')).toContainText('line 7');
  await page.screenshot({ path: 'e2e/artifacts/import-preview.png', fullPage: true });

  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Added 3 people and 3 interactions.');
  await expect(summary).toContainText('1 possible duplicate to review below.');
  expect((await api<{ counts: { people: number } }>('network:info')).counts.people).toBe(before + 3);

  const merges = page.getByTestId('merges');
  await expect(merges).toContainText(`${sample.name}`);
  await expect(merges).toContainText('same name and organisation');
  await expect(merges).toContainText('linkedin.com/in/someone-twice');
  await page.screenshot({ path: 'e2e/artifacts/import-merges.png', fullPage: true });
  await merges.getByRole('button', { name: 'Same person' }).click();
  await expect(merges).toContainText(`${sample.name} merged into ${sample.name}`);
  expect((await api<{ counts: { people: number } }>('network:info')).counts.people).toBe(before + 2);
  const merged = (await api<{ person: { handles: Array<{ value: string }> } }>('person:get', sample.id)).person;
  expect(merged.handles.map((h) => h.value)).toContain('https://www.linkedin.com/in/someone-twice');
  await merges.getByRole('button', { name: 'Undo' }).click();
  await expect(merges.getByRole('button', { name: 'Same person' })).toBeVisible();
  expect((await api<{ counts: { people: number } }>('network:info')).counts.people).toBe(before + 3);

  // A file that is not what it claims: a clear error, with the line, and nothing written.
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n"Ada,Lovelace,https://www.linkedin.com/in/ada,,,,01 Jan 2024\n`) });
  await expect(page.getByTestId('import-error')).toContainText('This file cannot be imported (broken.csv, line 2)');
  await expect(page.getByTestId('import-error')).toContainText('never closed');
  await expect(page.getByTestId('drop-zone')).toContainText('Drop a file here');
  expect((await api<{ counts: { people: number } }>('network:info')).counts.people).toBe(before + 3);

  // Remove the whole import: the network is as before.
  const history = page.getByTestId('import-history');
  await expect(history).toContainText('Connections.csv');
  await history.getByRole('button', { name: 'Remove…' }).click();
  await history.getByRole('button', { name: 'Remove this import' }).click();
  await expect(history).toHaveCount(0);
  expect((await api<{ counts: { people: number } }>('network:info')).counts.people).toBe(before);

  // Export for Gephi: a GEXF file with every person.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'GEXF (Gephi)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.gexf$/);
  const gexf = readFileSync((await file.path()) as string, 'utf8');
  expect(gexf).toContain('<gexf');
  expect((gexf.match(/<node /g) ?? []).length).toBe(before);
  expect(dialogs).toBe(0);
});
