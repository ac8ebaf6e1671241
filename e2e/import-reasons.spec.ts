// A French user drops broken files on the Import page: where the problem is and why, both in
// French — the reason too, not the parser's English sentence — and nothing is written.
import type { Page } from '@playwright/test';
import { callApi, expect, test } from './serve-fixture';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** Drops bytes on the drop zone as a file dragged from the desktop. */
async function drop(page: Page, name: string, bytes: number[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, bytes },
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
}

test('in French, a broken CSV dropped on the Import page is explained in French from end to end', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await callApi(page, served, 'preferences:set', { language: 'fr' });
  await page.reload();
  const before = (await callApi<{ counts: { people: number } }>(page, served, 'network:info')).counts.people;
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();

  // A LinkedIn export whose third line holds a date that does not exist.
  const csv = [HEADER, 'Camille,Durand,https://www.linkedin.com/in/camille-durand,,Stripe,CMO,15 Mar 2024', 'Léa,Morel,https://www.linkedin.com/in/lea-morel,,Acme,CEO,31/02/2024', ''].join('\n');
  await drop(page, 'Connections.csv', [...Buffer.from(csv)]);
  const error = page.getByTestId('import-error');
  await expect(error).toHaveText(
    'Ce fichier ne peut pas être importé (Connections.csv, ligne 3, champ « Connected On ») : « 31/02/2024 » n’est pas une date ; attendu : une date comme « 01 Jan 2024 »',
  );
  await page.screenshot({ path: 'e2e/artifacts/import-reason-fr.png', fullPage: true });

  // A contact list saved by Excel as "Unicode text" (UTF-16): what to do, before any column is
  // looked at (mapping the columns of such a file cannot help).
  const contacts = 'name,email\r\nAlice Martin,alice@example.com\r\n';
  await drop(page, 'contacts.csv', [0xff, 0xfe, ...Buffer.from(contacts, 'utf16le')]);
  await expect(error).toHaveText('Ce fichier ne peut pas être importé (contacts.csv, ligne 1) : le fichier est encodé en UTF-16 au lieu d’UTF-8 ; réenregistrez-le au format « CSV UTF-8 »');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/import-reason-fr-utf16.png', fullPage: true });

  // Interactions with a date that does not exist: the column mapper stays on screen with the
  // problem said in full, not counted among the rows passed over, and nothing can be imported yet.
  await drop(page, 'interactions.csv', [...Buffer.from('from,to,kind,channel,at\n@alice,@bruno,mention,x,2024-03-15\n@bruno,@chloe,reply,x,31/02/2024\n')]);
  await expect(page.getByTestId('import-problem')).toHaveText(
    'Ce fichier ne peut pas être importé (interactions.csv, ligne 3, champ « at ») : « 31/02/2024 » n’est pas une date ; attendu : une date comme 2024-03-15 ou 2024-03-15T09:30:00Z',
  );
  await expect(page.getByTestId('import-counts')).toHaveText('Le fichier ne contient rien à importer.');
  await expect(page.getByTestId('import-warnings')).toHaveCount(0);
  await expect(page.getByTestId('import-preview').getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'e2e/artifacts/import-reason-fr-mapper.png', fullPage: true });

  // Rows passed over are listed in French too.
  await page.getByTestId('import-preview').getByRole('button', { name: 'Annuler', exact: true }).click();
  await drop(page, 'people.csv', [...Buffer.from('name,organisation\nAlice Martin,Acme\n\nAlice Martin,Acme\n')]);
  await page.getByTestId('import-warnings').click();
  await expect(page.getByTestId('import-warnings')).toHaveText('2 lignes ignoréesligne 3 : ligne vide, ignoréeligne 4 : Alice Martin apparaît deux fois ; les lignes ont été fusionnées');

  // A ticketing export with no column for the guests' names or emails, imported as an event's
  // guest list: the guest-list mapper says what to do, in French.
  await page.getByTestId('import-preview').getByRole('button', { name: 'Annuler', exact: true }).click();
  await drop(page, 'billets.csv', [...Buffer.from('Ticket,Type,Paid\nT-1,VIP,yes\nT-2,Standard,no\n')]);
  await page.getByLabel('Ou l’importer comme liste d’invités de').selectOption({ index: 1 });
  await expect(page.getByTestId('guest-list-problem')).toHaveText(
    'Ce fichier ne peut pas être importé (billets.csv) : aucune colonne ne contient le nom ou l’e-mail des invités ; indiquez qu’une des colonnes (Ticket, Type, Paid) signifie le prénom, le nom, le nom complet ou l’e-mail',
  );
  await page.screenshot({ path: 'e2e/artifacts/import-reason-fr-guest-list.png', fullPage: true });

  expect((await callApi<{ counts: { people: number } }>(page, served, 'network:info')).counts.people).toBe(before);
});

test('in French, a calendar without a start date and a JSONL export saved pretty-printed are explained in French; an attendee passed over too', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await callApi(page, served, 'preferences:set', { language: 'fr' });
  await page.reload();
  const before = await callApi<unknown[]>(page, served, 'events:list');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  const error = page.getByTestId('import-error');

  const ics = (...lines: string[]) => Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Maillage//FR', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
  await page.getByTestId('file-input').setInputFiles({ name: 'salon.ics', mimeType: 'text/calendar', buffer: ics('UID:salon-2025@example.com', 'SUMMARY:Salon du marketing') });
  await expect(error).toHaveText(
    'Ce fichier ne peut pas être importé (salon.ics, VEVENT #1 (salon-2025@example.com), champ « DTSTART ») : un événement n’a pas de date de début (DTSTART) ; ajoutez-la dans votre agenda, puis exportez-le à nouveau',
  );

  // X API responses saved by a JSON pretty-printer: one response spread over several lines.
  await drop(page, 'recherche.jsonl', [...Buffer.from('{\n  "data": [ { "id": "1760000000000000001", "author_id": "1200000000000000001", "text": "Bonjour" } ]\n}\n')]);
  await expect(error).toHaveText(
    'Ce fichier ne peut pas être importé (recherche.jsonl, ligne 1) : l’objet JSON ne se termine pas sur cette ligne (le fichier est peut-être incomplet, ou mis en forme sur plusieurs lignes) ; un objet JSON complet par ligne est attendu',
  );
  await page.screenshot({ path: 'e2e/artifacts/import-reason-fr-jsonl.png', fullPage: true });

  // A calendar that imports, with an attendee the file names without an email address.
  const afterwork = ics(
    'UID:afterwork-2025@example.com',
    'SUMMARY:Afterwork CMO',
    'DTSTART;VALUE=DATE:20250612',
    'ATTENDEE;CN=Paul Girard;PARTSTAT=ACCEPTED:mailto:paul@example.com',
    'ATTENDEE;CN=Julie Roux;PARTSTAT=ACCEPTED:urn:uuid:5b2c1f5e-0000-4000-8000-000000000001',
  );
  await page.getByTestId('file-input').setInputFiles({ name: 'afterwork.ics', mimeType: 'text/calendar', buffer: afterwork });
  await expect(page.getByTestId('calendar-warnings')).toHaveText('VEVENT #1 (afterwork-2025@example.com) « Afterwork CMO » : le participant « Julie Roux » n’a pas d’adresse e-mail ; il a été ignoré');
  await page.screenshot({ path: 'e2e/artifacts/calendar-warning-fr.png', fullPage: true });
  expect(await callApi<unknown[]>(page, served, 'events:list')).toHaveLength(before.length);
});
