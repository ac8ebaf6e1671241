// The yearly Top 30 edition as users get it from the CLI: `report top` writes a self-contained
// HTML page that Chromium renders (and prints to PDF) with no outside request, and its table is
// exactly `top 30` over the same year — names, order and rank changes — in English and French.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'maillage-report-'));
const file = join(dir, 'club.maillage');
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function maillage(...args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  if (result.status !== 0) throw new Error(`maillage ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** `top N` as printed: name and change of each row. */
function topRows(...args: string[]): Array<{ name: string; change: string }> {
  return maillage('top', ...args)
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map((cells) => ({ change: cells[1] as string, name: cells[2] as string }));
}

test('report top renders in Chromium, prints, and its table is top 30 over the same year', async ({ page }) => {
  test.setTimeout(120_000);
  maillage('sample');
  const en = join(dir, 'top-2025-en.html');
  const fr = join(dir, 'top-2025-fr.html');
  expect(maillage('report', 'top', '--year', '2025', '--lang', 'en', '--out', en)).toMatch(/wrote .*top-2025-en\.html: top 30 of 2025, 30 names/);
  maillage('report', 'top', '--year', '2025', '--lang', 'fr', '--out', fr);
  const top = topRows('30', '--year', '2025');
  expect(top).toHaveLength(30);

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(en).href);
  await expect(page.locator('h1')).toHaveText('Top 30 most influential people — 2025');
  const rows = page.locator('table.ranking tbody tr');
  await expect(rows).toHaveCount(30);
  expect(await rows.locator('td.name').allInnerTexts()).toEqual(top.map((r) => r.name));
  // Same year-earlier comparison: top's change column, as the report words it.
  expect(await rows.locator('td:nth-child(2)').allInnerTexts()).toEqual(top.map((r) => r.change));
  expect(await rows.locator('td:nth-child(1)').allInnerTexts()).toEqual(top.map((_, k) => String(k + 1)));
  await expect(rows.first().locator('td.why')).toHaveText(/^Relayed most by .+ \(\d+%\)( and .+ \(\d+%\))? · cited or answered by \d+ people · \d+% of ties both ways/);
  await expect(page.locator('section.methodology h2')).toHaveText('Methodology');
  await expect(page.locator('section.methodology')).toContainText('It is exactly the order of “maillage top 30” over the same period.');
  expect(requests).toEqual([pathToFileURL(en).href]);
  await page.screenshot({ path: 'e2e/artifacts/top-report-en.png', fullPage: true });

  // Print-ready: Chromium's own print to PDF lays it out on A4 pages.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);

  await page.goto(pathToFileURL(fr).href);
  await expect(page.locator('h1')).toHaveText('Les 30 personnes les plus influentes — 2025');
  expect(await page.locator('table.ranking tbody tr td.name').allInnerTexts()).toEqual(top.map((r) => r.name));
  await expect(page.locator('section.methodology h2')).toHaveText('Méthodologie');
  await expect(page.locator('th').nth(1)).toHaveText(/évolution/i);
  await page.screenshot({ path: 'e2e/artifacts/top-report-fr.png', fullPage: true });

  // By role: the CMOs' top 10 is `top 10 --role cmo` over 2025, in its order.
  const cmo = join(dir, 'top-cmo.html');
  maillage('report', 'top', '--year', '2025', '--n', '10', '--role', 'cmo', '--out', cmo);
  await page.goto(pathToFileURL(cmo).href);
  expect(await page.locator('table.ranking tbody tr td.name').allInnerTexts()).toEqual(topRows('10', '--role', 'cmo', '--year', '2025').map((r) => r.name));
  expect(readFileSync(cmo, 'utf8')).not.toMatch(/<script|https?:\/\//);
});
