// Scores in the app: compute a run with a progress bar, rank by influence and by brokerage,
// export the ranking, read a person's explanation, and colour the network by community.
import { readFileSync } from 'node:fs';
import { expect, test } from './serve-fixture';

test('compute scores, rank, explain, export and colour the network', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Rankings' }).click();
  await expect(page.getByText('No scores yet')).toBeVisible();
  await page.getByRole('button', { name: 'Compute scores' }).click();
  const rows = page.getByTestId('rankings-table').locator('tbody tr');
  await expect(rows).toHaveCount(30);
  await expect(page.getByTestId('run-info')).toContainText('300 people');
  await expect(page.getByTestId('run-info')).toContainText('brokerage and closeness exact');

  // The table agrees with the service, row by row.
  const ranking = (await (
    await page.request.post(`${served.origin}/api/call/rankings:get`, {
      headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': served.token },
      data: JSON.stringify({ limit: 30 }),
    })
  ).json()) as { value: { rows: Array<{ name: string; influence: number }> } };
  const names = await rows.locator('td:nth-child(3)').allInnerTexts();
  expect(names).toEqual(ranking.value.rows.map((r) => r.name));
  expect(await rows.first().locator('td:nth-child(6)').innerText()).toBe('100.0');
  await page.screenshot({ path: 'e2e/artifacts/rankings.png' });

  // The influence × audience map: every person, quadrants labelled, hover and click.
  await page.getByRole('tab', { name: 'Influence × audience' }).click();
  const map = page.getByTestId('influence-map');
  await expect(map.locator('circle')).toHaveCount(300);
  await expect(map).toContainText('Expert — cited by many, followed by few');
  await expect(map).toContainText('Megaphone — followed by many, cited by few');
  const leader = ranking.value.rows[0] as { name: string };
  const point = map.locator('circle', { has: page.locator('title', { hasText: leader.name }) });
  await point.hover();
  await expect(page.getByTestId('map-hover')).toContainText(`${leader.name}`);
  await expect(page.getByTestId('map-hover')).toContainText('Influence 100.0');
  await page.screenshot({ path: 'e2e/artifacts/influence-map.png' });
  await point.click();
  await expect(page.getByTestId('person-name')).toContainText(leader.name);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Ranking' }).click();

  // By brokerage, analysts only.
  await page.getByRole('combobox', { name: 'Rank by' }).selectOption('betweenness');
  await page.getByRole('combobox', { name: 'Role' }).selectOption('analyst');
  // The first row can be an analyst before the filtered table arrives: wait for the whole table.
  await expect.poll(async () => new Set(await rows.locator('td:nth-child(4)').allInnerTexts())).toEqual(new Set(['Analyst']));
  const roles = await rows.locator('td:nth-child(4)').allInnerTexts();
  expect(new Set(roles)).toEqual(new Set(['Analyst']));

  // Export what is shown.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '').split('\r\n');
  expect(csv[0]).toBe('rank,previous_rank,name,role,organisation,influence,audience,quadrant,betweenness');
  expect(csv.length - 1).toBe(roles.length);
  expect(csv[1]).toContain(',analyst,');

  // A second run shows rank changes against the first.
  await page.getByRole('button', { name: 'Recompute' }).click();
  await expect(rows.first().locator('td:nth-child(2)')).toHaveText('=');
  // …and each person's influence across the two runs, as a sparkline.
  await expect(rows.first().locator('svg.sparkline path')).toHaveAttribute('d', /^M0\.0,[\d.]+ L60\.0,[\d.]+$/);
  await expect(rows.first().locator('svg.sparkline')).toHaveAttribute('aria-label', /across runs: \d+ → \d+$/);

  // The leader's explanation names who gives them influence.
  await page.getByRole('combobox', { name: 'Rank by' }).selectOption('influence');
  await page.getByRole('combobox', { name: 'Role' }).selectOption('');
  await rows.first().click();
  const why = page.getByTestId('why-influence');
  await expect(why).toContainText('Why this influence');
  await expect(why).toContainText('Who gives them influence');
  await expect(why).toContainText('#1');
  await expect(why.locator('.share').first()).toHaveText(/^\d+\.\d%$/);
  await page.screenshot({ path: 'e2e/artifacts/why-influence.png' });

  // The network sized by influence and coloured by community.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Network', exact: true }).click();
  await page.waitForFunction(() => (window.__maillageCy?.nodes().length ?? 0) === 300);
  await page.getByRole('combobox', { name: 'Size by' }).selectOption('influence');
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
  await expect(page.locator('.legend')).toContainText('Colour: community');
  const colours = await page.evaluate(() => new Set(window.__maillageCy?.nodes().map((n) => n.data('colour') as string)).size);
  expect(colours).toBeGreaterThanOrEqual(4);
  const sizes = await page.evaluate(() => window.__maillageCy?.nodes().map((n) => n.data('size') as number) ?? []);
  expect(Math.max(...sizes)).toBeCloseTo(40, 0);
  await page.evaluate(() => window.__maillageCy?.fit(undefined, 30));
  await page.screenshot({ path: 'e2e/artifacts/network-communities.png' });
});
