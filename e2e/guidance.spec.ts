// Guidance where the data is too thin for a score to mean something (issue #14 part 7): a new
// network from the LinkedIn archive alone shows it on Rankings in English and French, and the
// numbers it quotes are the ones on screen; an X archive then removes "who talks to whom".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServe } from './serve-fixture';

const fixtures = join(import.meta.dirname, '..', 'src', 'main', 'core', 'import', 'fixtures');
const linkedIn = join(fixtures, 'linkedin-archive', 'Basic_LinkedIn_Data_2024.zip');
const xArchive = join(fixtures, 'x-archive', 'twitter-2023-03-01-archive.zip');
const shots = join(import.meta.dirname, '..', 'test-results', 'guidance');

test('LinkedIn alone: Rankings says what it cannot tell (EN, FR); an X archive removes "who talks to whom"', async ({ browser }) => {
  const served = await startServe();
  const page = await browser.newPage();
  try {
    await page.goto(served.url);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Maillage' });
    await welcome.getByLabel('Your name').fill('Hélène Marchand');
    await welcome.getByRole('button', { name: 'Start my network' }).click();
    await expect(welcome).toBeHidden();

    // A fresh network with nothing in it has nothing to say.
    await page.getByRole('button', { name: 'Rankings', exact: true }).click();
    await expect(page.getByTestId('guidance')).toHaveCount(0);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('file-input').setInputFiles({ name: 'Basic_LinkedIn_Data_2024.zip', mimeType: 'application/zip', buffer: readFileSync(linkedIn) });
    await expect(page.getByLabel('Format')).toHaveValue('linkedin');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-summary')).toContainText('40 interactions');

    await page.getByRole('button', { name: 'Rankings', exact: true }).click();
    await expect(page.getByTestId('run-info')).toContainText('15 people');
    const guidance = page.getByTestId('guidance');
    await expect(guidance.locator('[data-guidance]')).toHaveCount(3);
    await expect(guidance).toContainText('Influence cannot tell your contacts apart yet');
    await expect(guidance).toContainText('Reciprocity says nothing yet');
    await expect(guidance).toContainText('Brokerage and communities see only you in the middle');
    // Tie strength is not a column of Rankings: its hint waits on My network.
    await expect(guidance.locator('[data-guidance="meetings"]')).toHaveCount(0);

    const talk = guidance.locator('[data-guidance="talk"]');
    await talk.locator('summary').click();
    await expect(talk).toContainText('9 of the 14 people with a tie are linked only by a LinkedIn connection');
    await expect(talk).toContainText('The 6 people linked by a connection alone all get exactly the same influence score');
    await expect(talk).toContainText('your X archive');
    await expect(talk.getByRole('button', { name: 'Go to Import' })).toBeVisible();
    // What it says is what the table shows: the six tied by a connection alone share one influence.
    const influence = (name: string) => page.getByRole('row', { name: new RegExp(name) }).locator('td').nth(5).textContent();
    const values = await Promise.all(['Jean-Marc Lefèvre', 'Marc Petit', 'Nadia Haddad', 'Paul Girard', 'Inès Moreau', 'Julien Roux'].map(influence));
    expect(new Set(values).size).toBe(1);
    await page.screenshot({ path: join(shots, 'rankings-linkedin-en.png'), fullPage: true });

    await page.getByLabel('Language').selectOption('fr');
    await expect(guidance).toContainText('Ce que vos données ne disent pas encore');
    await expect(talk).toContainText('9 des 14 personnes reliées ne le sont que par une relation LinkedIn');
    await expect(guidance).toContainText('La réciprocité ne dit encore rien');
    await expect(talk.getByRole('button', { name: 'Aller à Importer' })).toBeVisible();
    await page.screenshot({ path: join(shots, 'rankings-linkedin-fr.png'), fullPage: true });
    await page.getByLabel('Langue').selectOption('en');

    // The action leads to the Import page; the X archive brings who the owner talks to.
    await talk.getByRole('button', { name: 'Go to Import' }).click();
    await page.getByTestId('file-input').setInputFiles({ name: 'twitter-2023-03-01-archive.zip', mimeType: 'application/zip', buffer: readFileSync(xArchive) });
    await expect(page.getByLabel('Format')).toHaveValue('x-archive');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-summary')).toContainText('10 interactions');

    await page.getByRole('button', { name: 'Rankings', exact: true }).click();
    await expect(guidance.locator('[data-guidance]')).toHaveCount(2);
    await expect(guidance.locator('[data-guidance="talk"]')).toHaveCount(0);
    await expect(guidance).toContainText('Reciprocity says nothing yet');
    await page.screenshot({ path: join(shots, 'rankings-x-en.png'), fullPage: true });

    // Hidden for this network, and still hidden after a reload; "Show" brings it back.
    await guidance.getByRole('button', { name: 'Hide for this network' }).click();
    await expect(guidance).toHaveCount(0);
    await expect(page.getByTestId('guidance-hidden')).toHaveText('2 hints about your data hidden Show');
    await page.reload();
    await page.getByRole('button', { name: 'Rankings', exact: true }).click();
    await expect(page.getByTestId('guidance-hidden')).toBeVisible();
    await page.getByTestId('guidance-hidden').getByRole('button', { name: 'Show' }).click();
    await expect(guidance.locator('[data-guidance]')).toHaveCount(2);

    // The person panel lists the hints about its scores.
    await page.getByRole('row', { name: /Jean-Marc Lefèvre/ }).click();
    const panel = page.getByTestId('person-panel');
    await expect(panel.getByTestId('guidance').locator('[data-guidance="reciprocity"]')).toBeVisible();
    await page.screenshot({ path: join(shots, 'person-en.png'), fullPage: true });
    await page.keyboard.press('Escape');

    // My network: where you stand needs meetings too.
    await page.getByRole('button', { name: 'My network', exact: true }).click();
    await expect(guidance.locator('[data-guidance="meetings"]')).toContainText('Tie strength knows only online exchanges');
    await page.screenshot({ path: join(shots, 'my-network-en.png'), fullPage: true });

    // The invite planner picks by influence, brokerage, communities and new ties: brokerage's hint and tie strength's.
    await page.getByRole('button', { name: 'Events', exact: true }).click();
    await page.getByRole('button', { name: 'New event' }).click();
    await page.getByLabel('Name').fill('Dîner CMO');
    await page.getByLabel('Date').fill('2027-02-04');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('tab', { name: 'Invite planner' }).click();
    const planner = page.getByTestId('invite-planner').getByTestId('guidance');
    await expect(planner.locator('[data-guidance]')).toHaveCount(2);
    await expect(planner.locator('[data-guidance="brokerage"]')).toBeVisible();
    await expect(planner.locator('[data-guidance="meetings"]')).toBeVisible();
    await expect(planner.locator('[data-guidance="reciprocity"]')).toHaveCount(0);
    await page.screenshot({ path: join(shots, 'planner-en.png'), fullPage: true });
  } finally {
    await page.close();
    await served.stop();
  }
});

test('a network with no owner: My network asks who you are, and the hint goes once you say it', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-guidance-'));
  const file = join(dir, 'club.maillage');
  for (const name of ['people.csv', 'interactions.csv']) {
    const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, 'import', 'csv', join(fixtures, 'csv', name)], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  }
  const served = await startServe(['--db', file]);
  try {
    await page.goto(served.url);
    await page.getByRole('button', { name: 'My network', exact: true }).click();
    const owner = page.getByTestId('guidance').locator('[data-guidance="owner"]');
    await expect(owner).toContainText('No owner set: My network cannot say where you stand');
    await owner.locator('summary').click();
    await owner.getByLabel('Your name').fill('Hélène Marchand');
    await page.screenshot({ path: join(shots, 'my-network-no-owner-en.png'), fullPage: true });
    await owner.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Hélène Marchand’s network' })).toBeVisible();
    await expect(page.locator('[data-guidance="owner"]')).toHaveCount(0);
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
