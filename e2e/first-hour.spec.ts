// A CMO's first hour on their own data, in the browser host: start my network (who I am), import
// the fictional LinkedIn archive, see reciprocal ties and roles guessed from titles, add a person
// and a meeting, then erase them (GDPR) after a confirmation that says what goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServe } from './serve-fixture';

const archive = join(import.meta.dirname, '..', 'src', 'main', 'core', 'import', 'fixtures', 'linkedin-archive', 'Basic_LinkedIn_Data_2024.zip');

test('start my network, import the LinkedIn archive, add a person and a meeting, erase them', async ({ browser }) => {
  const served = await startServe();
  // A page of its own, without the fixture's "sample chosen": this is a first run.
  const page = await browser.newPage();
  try {
    await page.goto(served.url);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Maillage' });
    await expect(welcome).toBeVisible();
    await expect(page.getByTestId('sample-banner')).toContainText('made-up sample');
    await welcome.getByLabel('Your name').fill('Hélène Marchand');
    await welcome.getByLabel('Your LinkedIn profile URL (optional)').fill('https://www.linkedin.com/in/helene-marchand/');
    await welcome.getByRole('button', { name: 'Start my network' }).click();
    await expect(welcome).toBeHidden();
    // The network as people say it: no ".maillage" (the file's full name is in the tooltip).
    await expect(page.locator('.network-name')).toHaveText('Hélène Marchand');
    await expect(page).toHaveTitle('Hélène Marchand — Maillage');
    await expect(page.getByTestId('sample-banner')).toHaveCount(0);

    // The Import page: the whole archive as LinkedIn gives it, no question about the sample.
    await page.getByTestId('file-input').setInputFiles({ name: 'Basic_LinkedIn_Data_2024.zip', mimeType: 'application/zip', buffer: readFileSync(archive) });
    await expect(page.getByLabel('Format')).toHaveValue('linkedin');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-summary')).toContainText('40 interactions');
    await expect(page.getByTestId('sample-ask')).toHaveCount(0);

    // The import starts a score run by itself: Rankings shows it, fresh.
    await page.getByRole('button', { name: 'Rankings', exact: true }).click();
    await expect(page.getByTestId('run-info')).toContainText('15 people');
    await expect(page.getByTestId('stale-banner')).toHaveCount(0);

    // Connections are reciprocal ties: 24 connection edges + replies both ways.
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await expect(page.getByTestId('network-stats')).toContainText('15 people');
    const stats = (await page.getByTestId('network-stats').textContent()) ?? '';
    const reciprocal = Number(/(\d+) reciprocal/.exec(stats)?.[1]);
    expect(reciprocal).toBeGreaterThanOrEqual(24);

    // Roles guessed from titles, shown as suggestions; one confirmed.
    await page.getByRole('button', { name: 'People', exact: true }).click();
    const thomas = page.getByRole('row', { name: /Thomas O'Brien/ });
    await expect(thomas).toContainText('Analyst? (from the title)');
    await thomas.getByRole('button', { name: 'Confirm' }).click();
    await expect(thomas.getByTestId('role-cell')).toHaveText('Analyst');

    // Add a person, log a lunch with the owner, then erase them.
    await page.getByRole('button', { name: 'Add a person' }).click();
    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name').fill('Zelda Quux');
    await form.getByLabel('Job title').fill('Rédactrice en chef');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    const panel = page.getByTestId('person-panel');
    await expect(panel.getByTestId('person-name')).toHaveText('Zelda Quux');
    await expect(panel).toContainText('Journalist');
    const log = panel.getByRole('form', { name: 'Log an interaction' });
    await expect(log.getByTestId('log-partner')).toHaveText('Hélène Marchand');
    await log.getByLabel('What').selectOption('lunch');
    await log.getByLabel('Date').fill('2026-03-31');
    await log.getByLabel('Note').fill('Déjeuner au salon');
    await log.getByRole('button', { name: 'Log it' }).click();
    await expect(panel).toContainText('1 lunch');
    await panel.getByRole('button', { name: 'Erase this person (GDPR)…' }).click();
    await expect(panel.getByTestId('erase-what')).toContainText('2 interactions');
    await panel.getByRole('button', { name: 'Erase for good' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('row', { name: /Zelda Quux/ })).toHaveCount(0);

    // The scores were computed before these changes: Rankings says so, and computes them again.
    await page.getByRole('button', { name: 'Rankings', exact: true }).click();
    const stale = page.getByTestId('stale-banner');
    await expect(stale).toContainText('The network changed after these scores were computed');
    await stale.getByRole('button', { name: 'Compute them again' }).click();
    await expect(stale).toHaveCount(0);
  } finally {
    await page.close();
    await served.stop();
  }
});
