// Organic growth and audience (issues #17 part 1, #14 part 6): two successive X archives of the same
// account imported on the Import page; the audit view shows both snapshots with who came and left,
// in English and French; the network view draws the accounts known only as followers or followings
// only once "Show audience" is on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
      await expect(page.getByTestId('import-summary')).toContainText(people, { timeout: 30_000 });
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

/** An unpacked X archive with only what the audit reads: the owner, the date, the follow lists. */
function archiveFolder(root: string, generated: string, followers: string[], followings: string[]): string {
  const data = join(root, `twitter-${generated.slice(0, 10)}`, 'data');
  mkdirSync(data, { recursive: true });
  const ytd = (name: string, items: unknown[]) => `window.YTD.${name}.part0 = ${JSON.stringify(items, null, 2)}`;
  writeFileSync(join(data, 'account.js'), ytd('account', [{ account: { username: 'NadiaCMO', accountId: '1600000000000000001', accountDisplayName: 'Nadia Roux' } }]));
  writeFileSync(join(data, 'manifest.js'), `window.__THAR_CONFIG = ${JSON.stringify({ archiveInfo: { generationDate: generated } })}`);
  const link = (id: string) => `https://twitter.com/intent/user?user_id=${id}`;
  writeFileSync(join(data, 'follower.js'), ytd('follower', followers.map((id) => ({ follower: { accountId: id, userLink: link(id) } }))));
  writeFileSync(join(data, 'following.js'), ytd('following', followings.map((id) => ({ following: { accountId: id, userLink: link(id) } }))));
  return dirname(data);
}

test('flags with their reasons: a burst, mass-follow, silent followers, in English and French', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'maillage-audience-e2e-'));
  const file = join(root, 'history.maillage');
  // 100 → 110 → 122 → 172 followers ten days apart (a burst of 5 a day against 1.1); following 400, 20 follow back.
  const followings = Array.from({ length: 400 }, (_, i) => String(900_000 + i));
  [100, 110, 122, 172].forEach((n, k) => {
    const followers = [...followings.slice(0, 20), ...Array.from({ length: n - 20 }, (_, i) => String(1000 + i))];
    const folder = archiveFolder(root, new Date(Date.UTC(2025, 0, 1 + 10 * k)).toISOString(), followers, followings);
    const run = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, 'import', 'x-archive', folder], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: root } });
    expect(run.status, run.stderr).toBe(0);
  });
  const served = await startServe(['--db', file]);
  try {
    await page.goto(served.url);
    await page.getByRole('button', { name: 'Watch', exact: true }).click();
    await page.getByRole('tab', { name: 'Organic growth' }).click();
    const latest = page.getByTestId('audience-table').locator('tbody tr').first();
    await expect(latest.locator('td.gained, td.lost')).toHaveText(['+50', '0']);
    await expect(latest.locator('li.flag')).toHaveText([
      'Burst: 5 new followers a day, 4.55 times the usual 1.1 a day (flagged above 3 times, from 10 gained)',
      'Mass-follow: you follow 400 accounts, 172 follow you, 5% of those you follow follow back (flagged from 2 times as many followed as followers with under 30% following back, from 100 followed)',
      'Silent followers: 172 of 172 followers (100%) never interacted with anyone of your network (flagged from 90% of at least 100 followers)',
    ]);
    await page.screenshot({ path: 'e2e/artifacts/audience-flags-en.png', fullPage: true });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(latest.locator('li.flag').first()).toHaveText('Afflux : 5 nouveaux abonnés par jour, 4,55 fois le rythme habituel de 1,1 par jour (alerte au-delà de 3 fois, à partir de 10 gagnés)');
    await page.screenshot({ path: 'e2e/artifacts/audience-flags-fr.png', fullPage: true });
  } finally {
    await served.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
