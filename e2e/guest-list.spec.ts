// The organiser's real event: an Eventbrite export imported into the dinner, a 40-seat plan with
// parity and a per-company cap that keeps every confirmed guest (and says the cap cannot hold),
// a mailing CSV with its accents; then a spreadsheet with unknown columns, mapped by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './serve-fixture';

const fixtures = join(import.meta.dirname, '..', 'src', 'main', 'core', 'import', 'fixtures', 'attendees');
const DINNER = 'Dîner des directeurs marketing 2026 #3';

test('import an Eventbrite export into an event, plan 40 seats with parity and a cap, every confirmed guest is in, CSV with accents', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('file-input').setInputFiles(join(fixtures, 'eventbrite.csv'));
  await page.getByLabel('Or import it as the guest list of').selectOption({ label: `${DINNER} (2026-12-10)` });
  const guests = page.getByTestId('guest-list-preview');
  await expect(page.getByTestId('guest-list-source')).toHaveText('Recognised: an Eventbrite attendee export.');
  await expect(page.getByLabel('Meaning of column Attendee Status')).toHaveValue('status');
  await expect(page.getByTestId('guest-list-counts')).toContainText('8 guests: 4 confirmed, 1 came, 1 not answered or waiting, 2 declined.');
  await expect(guests).toContainText('Amélie Garnier');
  await page.getByRole('button', { name: `Import into ${DINNER}` }).click();
  // Real guests into the made-up sample: asked first, as for any import.
  await page.getByTestId('sample-ask').getByRole('button', { name: 'Import into the sample anyway' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Added 8 people');

  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await page.getByRole('button', { name: DINNER }).click();
  await page.getByRole('tab', { name: 'Invite planner' }).click();
  await page.getByLabel('Seats').fill('40');
  await page.getByLabel('Gender parity').selectOption('0.5');
  await page.getByLabel('Max. per organisation').fill('2');
  await page.getByRole('button', { name: 'Plan the invite list' }).click();
  const plan = page.getByTestId('plan-invitees');
  await expect(plan.locator('tbody tr')).toHaveCount(40);
  // The sample's 3 confirmed attendees and the export's 4 confirmed + 1 checked in: all in.
  await expect(plan.locator('td[data-standing="confirmed"]')).toHaveCount(3 + 4);
  await expect(plan.locator('td[data-standing="attended"]')).toHaveCount(1);
  for (const name of ['Amélie Garnier', 'Bruno Lefèvre', 'Chloé Marchand', 'François Roux', 'Hugo Tessier']) await expect(plan).toContainText(name);
  // Gaëlle Simon is on the waiting list of the ticketing tool: her seat is held, pending.
  await expect(plan.locator('tr', { hasText: 'Gaëlle Simon' }).locator('td[data-standing="pending"]')).toHaveCount(1);
  // Three confirmed guests from Atelier Nord with a cap of 2: said, not fixed by dropping one.
  await expect(page.getByTestId('plan-violations')).toContainText('3 must-invite people from Atelier Nord, cap 2: over by 1');
  await expect(page.getByTestId('plan-excluded')).toContainText('David Nguyen');
  await expect(page.getByTestId('plan-excluded')).toContainText('declined');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV (mailing)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('invites-Dîner-des-directeurs-marketing-2026-3.csv');
  const bytes = readFileSync((await file.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  for (const name of ['Amélie Garnier', 'Bruno Lefèvre', 'Gaëlle Simon', 'François Roux']) expect(text).toContain(name);
  expect(text).not.toContain('David Nguyen');
});

test('a spreadsheet with unknown columns: the mapper is there, and mapping it imports the guests', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('file-input').setInputFiles(join(fixtures, 'unknown-columns.csv'));
  await page.getByLabel('Or import it as the guest list of').selectOption({ label: `${DINNER} (2026-12-10)` });
  await expect(page.getByTestId('guest-list-problem')).toContainText("no column holds the guests' names or emails");
  await expect(page.getByRole('button', { name: `Import into ${DINNER}` })).toBeDisabled();
  await page.getByLabel('Meaning of column Given').selectOption('first_name');
  await page.getByLabel('Meaning of column Family').selectOption('last_name');
  await page.getByLabel('Meaning of column Contact').selectOption('email');
  await page.getByLabel('Meaning of column Answer').selectOption('status');
  await expect(page.getByTestId('guest-list-counts')).toContainText('2 guests: 1 confirmed, 0 came, 0 not answered or waiting, 1 declined.');
  await page.getByRole('button', { name: `Import into ${DINNER}` }).click();
  await page.getByTestId('sample-ask').getByRole('button', { name: 'Import into the sample anyway' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Added 2 people');
});
