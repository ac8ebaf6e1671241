// The after-event report as the organiser gets it: the event page's Report tab previews the very
// page that is saved (English, then French), downloads it as HTML and offers the browser's print
// for the PDF; the CLI's `report event` renders in Chromium, prints to A4 PDF, and its numbers
// are impact's for the same event.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { callApi, expect, test } from './serve-fixture';

const FORUM = 'Forum des CMO 2026';

interface Impact {
  attendees: number;
  tiesCreated: Array<{ from: number; to: number }>;
  mentions: { before: number; after: number };
}

test('the Report tab previews the report in English and French, downloads it, and matches impact', async ({ page, fresh: served }) => {
  test.setTimeout(180_000);
  // Communities come from a score run: make one, as "Compute scores" would.
  await callApi(page, served, 'scores:run', {});
  const events = await callApi<Array<{ id: number; name: string }>>(page, served, 'events:list');
  const forum = events.find((e) => e.name === FORUM) as { id: number };
  const impact = await callApi<Impact>(page, served, 'event:impact', { id: forum.id });

  await page.goto(served.url);
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await page.getByRole('button', { name: FORUM }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByTestId('event-report')).toContainText('In the browser, “Print / Save as PDF” opens your browser’s print dialog');
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeEnabled();
  const report = page.frameLocator('[data-testid="event-report-preview"]');
  await expect(report.locator('h1')).toHaveText(`After the event: ${FORUM}`);
  await expect(report.locator('section.who-came')).toContainText(`${impact.attendees} people were marked attended (checked in).`);
  // impact's mentions, over the same 30 days before and after.
  const mentions = report.locator('table.windows tr.mentions td.num');
  await expect(mentions.nth(0)).toHaveText(String(impact.mentions.before));
  await expect(mentions.nth(1)).toHaveText(String(impact.mentions.after));
  // Each new pair is one of impact's directed new ties, from one side or the other.
  const directed = new Set(impact.tiesCreated.map((t) => `${t.from}-${t.to}`));
  const pairs = await report.locator('table.ties tr.tie').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pair') as string));
  expect(pairs.length).toBeGreaterThan(0);
  for (const pair of pairs) {
    const [a, b] = pair.split('-');
    expect(directed.has(`${a}-${b}`) || directed.has(`${b}-${a}`)).toBe(true);
  }
  await expect(report.locator('section.new-ties')).toContainText(`${pairs.length} new ties.`);
  await expect(report.locator('table.came tbody tr')).toHaveCount(impact.attendees);
  await expect(report.locator('footer')).toContainText(/Communities from the score run #\d+ of/);
  await expect(report.locator('table.parity tr.all td').nth(5)).toHaveText(/^\d+%$/);
  await page.screenshot({ path: 'e2e/artifacts/event-report-app-en.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download HTML' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`event-report-${forum.id}-2026-09-12-en.html`);
  const html = readFileSync(await saved.path(), 'utf8');
  expect(html).toContain(`<title>After the event: ${FORUM}</title>`);
  expect(html).not.toMatch(/<script|https?:\/\//);

  await callApi(page, served, 'preferences:set', { language: 'fr' });
  await expect(page.getByRole('tab', { name: 'Rapport' })).toBeVisible();
  await expect(report.locator('h1')).toHaveText(`Après l’événement : ${FORUM}`);
  await expect(report.locator('section.new-ties')).toContainText(`${pairs.length} nouveaux liens.`);
  await expect(page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/event-report-app-fr.png', fullPage: true });

  // An event still to come says so, and prints no zeros as findings.
  await callApi(page, served, 'preferences:set', { language: 'en' });
  await page.getByRole('button', { name: '← Events' }).click();
  await page.getByRole('button', { name: 'Dîner des directeurs marketing 2026 #3' }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(report.locator('p.notice')).toContainText('This event has not taken place yet');
  await expect(report.locator('section.new-ties')).toHaveCount(0);
});

test('report event from the CLI renders in Chromium, prints to PDF, and agrees with impact', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'maillage-event-report-'));
  const file = join(dir, 'club.maillage');
  const maillage = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
    if (result.status !== 0) throw new Error(`maillage ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return result.stdout;
  };
  try {
    maillage('sample');
    const id = (maillage('events').split('\n').find((l) => l.includes(FORUM)) as string).split('\t')[0] as string;
    const impact = JSON.parse(maillage('impact', '--event', id, '--format', 'json')) as Impact;
    const en = join(dir, 'forum-en.html');
    const fr = join(dir, 'forum-fr.html');
    maillage('report', 'event', '--event', id, '--lang', 'en', '--out', en);
    maillage('report', 'event', '--event', id, '--lang', 'fr', '--out', fr);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(en).href);
    await expect(page.locator('h1')).toHaveText(`After the event: ${FORUM}`);
    await expect(page.locator('table.windows tr.mentions td.num').nth(0)).toHaveText(String(impact.mentions.before));
    await expect(page.locator('table.windows tr.mentions td.num').nth(1)).toHaveText(String(impact.mentions.after));
    await expect(page.locator('table.came tbody tr')).toHaveCount(impact.attendees);
    expect(requests).toEqual([pathToFileURL(en).href]);
    await page.screenshot({ path: 'e2e/artifacts/event-report-en.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(pathToFileURL(fr).href);
    await expect(page.locator('h1')).toHaveText(`Après l’événement : ${FORUM}`);
    await expect(page.locator('section.parity h2')).toHaveText('Parité');
    await page.screenshot({ path: 'e2e/artifacts/event-report-fr.png', fullPage: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hostile names in the report preview stay text: no element, no script, no dialog', async ({ page, fresh: served }) => {
  const events = await callApi<Array<{ id: number; name: string }>>(page, served, 'events:list');
  const forum = events.find((e) => e.name === FORUM) as { id: number };
  const detail = await callApi<{ attendees: Array<{ personId: number; status: string }> }>(page, served, 'event:get', { id: forum.id });
  const guest = detail.attendees.find((a) => a.status === 'attended') as { personId: number };
  const hostile = '<img src=x onerror="document.title=\'pwned\'">';
  await callApi(page, served, 'person:update', { id: guest.personId, patch: { name: hostile } });
  await callApi(page, served, 'event:update', { id: forum.id, patch: { name: 'Forum <script>document.title="pwned"</script>' } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await page.getByRole('button', { name: /^Forum <script>/ }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  const report = page.frameLocator('[data-testid="event-report-preview"]');
  await expect(report.locator('h1')).toHaveText('After the event: Forum <script>document.title="pwned"</script>');
  await expect(report.locator('table.came')).toContainText(hostile);
  await expect(report.locator('img, script')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  expect(dialogs).toEqual([]);
});
