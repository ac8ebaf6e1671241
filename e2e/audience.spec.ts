// Organic growth and audience (issues #17 part 1, #14 part 6): two successive X archives of the same
// account imported on the Import page; the audit view shows both snapshots with who came and left,
// in English and French; the network view draws the accounts known only as followers or followings
// only once "Show audience" is on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, startServe, test } from './serve-fixture';

const fixtures = join(import.meta.dirname, '..', 'src', 'main', 'core', 'import', 'fixtures', 'x-archive-audience');

test('two X archives: the audit view in both languages, and the audience drawn only on demand', async ({ browser }) => {
  test.setTimeout(120_000);
  const served = await startServe();
  const page = await browser.newPage();
  try {
    await page.goto(served.url);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Maillage' });
    await welcome.getByLabel('Your name').fill('Nadia Roux');
    await welcome.getByRole('button', { name: 'Start my network' }).click();
    await expect(welcome).toBeHidden();

    for (const [archive, people, audience] of [
      ['twitter-2024-01-15-archive.zip', '2 people', 'Audience snapshot (Jan 15, 2024): 11 followers and 4 accounts followed'],
      ['twitter-2024-03-15-archive.zip', '1 person', 'Audience snapshot (Mar 15, 2024): 9 followers and 4 accounts followed'],
    ] as const) {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByTestId('file-input').setInputFiles({ name: archive, mimeType: 'application/zip', buffer: readFileSync(join(fixtures, archive)) });
      await expect(page.getByLabel('Format')).toHaveValue('x-archive');
      await expect(page.getByTestId('import-audience')).toContainText(audience);
      await page.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByTestId('import-summary')).toContainText(people);
    }

    // The network: the owner, Alice, Bob and Chloé — not the 9 accounts known only by their id.
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await expect(page.getByTestId('network-stats')).toContainText('4 people');
    await expect.poll(() => page.evaluate(() => window.__maillageCy?.nodes().length)).toBe(4);
    await page.getByLabel('Show audience').check();
    await expect(page.getByTestId('audience-shown')).toHaveText('Audience: 9 of 9 accounts drawn');
    await expect.poll(() => page.evaluate(() => window.__maillageCy?.nodes().length)).toBe(13);
    // Still 4 people: audience accounts are not people.
    await expect(page.getByTestId('network-stats')).toContainText('4 people');
    await page.screenshot({ path: 'e2e/artifacts/audience-network-en.png' });
    await page.getByLabel('Show audience').uncheck();
    await expect.poll(() => page.evaluate(() => window.__maillageCy?.nodes().length)).toBe(4);

    // The audit, in Watch.
    await page.getByRole('button', { name: 'Watch', exact: true }).click();
    await page.getByRole('tab', { name: 'Organic growth' }).click();
    const rows = page.getByTestId('audience-table').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    // Newest first: 15 Mar 2024, 9 followers, +2 −4, 25 % follow back; then 15 Jan 2024, 11 followers.
    await expect(rows.nth(0).locator('td')).toHaveText([/Mar 15, 2024/, '9', '4', '+2', '−4', '25%', /7 \(78%\)/, /none/]);
    await expect(rows.nth(1).locator('td')).toHaveText([/Jan 15, 2024/, '11', '4', '—', '—', '0%', /9 \(82%\)/, /none/]);
    await expect(page.getByTestId('audience-chart')).toBeVisible();
    await expect(page.getByTestId('audience-definitions')).toContainText('above 3 times the median daily gain');
    await rows.nth(0).getByRole('button', { name: 'Who came and left' }).click();
    const changes = page.getByTestId('audience-changes');
    await expect(changes).toContainText('2 new followers');
    await expect(changes).toContainText('4 followers left');
    await expect(changes).toContainText('X account 201');
    await expect(changes).toContainText('1 account you started following');
    await page.getByRole('button', { name: 'List the 9 followers' }).click();
    const members = page.getByTestId('audience-members');
    await expect(members.getByRole('button', { name: 'Chloé Bernard' })).toBeVisible();
    await expect(members).toContainText('X account 211');
    await page.screenshot({ path: 'e2e/artifacts/audience-audit-en.png', fullPage: true });
    await members.getByRole('button', { name: 'Chloé Bernard' }).click();
    await expect(page.getByTestId('person-name')).toContainText('Chloé Bernard');
    await page.keyboard.press('Escape');

    // In French.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.getByRole('tab', { name: 'Croissance organique' })).toHaveAttribute('aria-selected', 'true');
    await expect(rows.nth(0).locator('td')).toHaveText([/15 mars 2024/, '9', '4', '+2', '−4', /25\s%/, /7 \(78\s%\)/, /aucune/]);
    await expect(changes).toContainText('2 nouveaux abonnés');
    await expect(changes).toContainText('4 abonnés partis');
    await expect(changes).toContainText('Compte X 201');
    await expect(page.getByTestId('audience-definitions')).toContainText('Afflux');
    await page.screenshot({ path: 'e2e/artifacts/audience-audit-fr.png', fullPage: true });
  } finally {
    await page.close();
    await served.stop();
  }
});
