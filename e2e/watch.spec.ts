// The "Watch" views in the app, in English and French: the yearly Top 30 edition (its table is
// `top 30` of the year's score run, row for row), downloading its report, printing it alone.
import { readFileSync } from 'node:fs';
import { callApi, expect, test } from './serve-fixture';

test('the yearly Top 30 edition: top 30 of the year, why, report, print, in English and French', async ({ page, fresh: served }) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Yearly Top 30' })).toHaveAttribute('aria-selected', 'true');
  // The sample runs to November 2026: the last full year, 2025, comes first.
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2025');
  const rows = page.getByTestId('edition-table').locator('tbody tr');
  await expect(rows).toHaveCount(30);
  await expect(page.locator('.edition-title')).toHaveText('Top 30 most influential people — 2025');

  const report = await callApi<{ edition: { runId: number; previousRunId: number } }>(page, served, 'report:top', { year: 2025 });
  const top = await callApi<{ rows: Array<{ name: string }> }>(page, served, 'rankings:get', { runId: report.edition.runId, limit: 30 });
  expect(await rows.locator('td:nth-child(3)').allInnerTexts()).toEqual(top.rows.map((r) => r.name));
  await expect(rows.first().locator('td.why-line')).toHaveText(/^Relayed most by .+ · cited or answered by \d+ people · \d+% of ties both ways/);
  await expect(rows.first().locator('td.change')).toHaveText(/^(↑\d+|↓\d+|=|new)$/);
  await expect(page.getByTestId('edition-methodology')).toContainText('It is exactly the order of “maillage top 30” over the same period.');
  await page.screenshot({ path: 'e2e/artifacts/watch-top-en.png' });

  // The report as a file: self-contained HTML of the same edition.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (HTML)' }).click()]);
  expect(download.suggestedFilename()).toBe('top-30-2025-en.html');
  const html = readFileSync(await download.path(), 'utf8');
  expect(html).toContain('<title>Top 30 most influential people — 2025</title>');
  expect((html.match(/<tr data-person=/g) ?? []).length).toBe(30);

  // Printing (Save as PDF in the desktop app) shows the edition alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('edition-table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // CMOs only: ranked among CMOs, in `top 30 --role cmo`'s order.
  await page.getByRole('combobox', { name: 'Role' }).selectOption('cmo');
  await expect(page.locator('.edition-title')).toHaveText('Top 30 most influential — CMO — 2025');
  const cmos = await callApi<{ rows: Array<{ name: string }> }>(page, served, 'rankings:get', { runId: report.edition.runId, role: 'cmo', limit: 30 });
  await expect.poll(() => rows.locator('td:nth-child(3)').allInnerTexts()).toEqual(cmos.rows.map((r) => r.name));
  await rows.first().click();
  await expect(page.getByTestId('person-name')).toContainText(cmos.rows[0]?.name as string);
  await page.keyboard.press('Escape');

  // In French.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('button', { name: 'Veille', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Top 30 annuel' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Rôle' }).selectOption('');
  await expect(page.locator('.edition-title')).toHaveText('Les 30 personnes les plus influentes — 2025');
  await expect(rows.first().locator('td.why-line')).toHaveText(/^Relayé surtout par .+ · cité ou répondu par \d+ personnes · \d+\s% de liens réciproques/);
  await expect(page.getByTestId('edition-methodology')).toContainText('C’est exactement l’ordre de « maillage top 30 » sur la même période.');
  const [frDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le rapport (HTML)' }).click()]);
  expect(frDownload.suggestedFilename()).toBe('top-30-2025-fr.html');
  await page.screenshot({ path: 'e2e/artifacts/watch-top-fr.png' });
});

test('the reminders inbox: reasons and links, snooze until a date, done, dismiss, in English and French', async ({ page, fresh: served }) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  await page.getByRole('tab', { name: 'Reminders' }).click();
  const due = page.getByTestId('reminders-due').locator('tbody tr');
  const inbox = await callApi<{ due: Array<{ id: number; name: string; kind: string }> }>(page, served, 'reminders:list', {});
  expect(inbox.due.length).toBeGreaterThan(3);
  await expect(due).toHaveCount(inbox.due.length);
  await expect(page.getByTestId('reminders')).toContainText('a mention or message unanswered after 7 days');
  await expect(page.getByTestId('reminders-due').locator('tr[data-kind="unanswered"] td.reason').first()).toHaveText(/^1 mention or message unanswered since \w+ \d+, \d{4}$/);
  await expect(page.getByRole('checkbox', { name: /Desktop notification/ })).not.toBeChecked();
  await expect(page.getByRole('columnheader', { name: 'Reason' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/watch-reminders-en.png' });

  // Snooze the first until a chosen date: it moves to "Snoozed" with that date.
  const first = due.first();
  const name = (await first.locator('td:nth-child(2) button').innerText()).trim();
  await first.getByLabel('until').fill('2099-03-01');
  await first.getByRole('button', { name: 'Snooze' }).click();
  await expect(due).toHaveCount(inbox.due.length - 1);
  const snoozed = page.getByTestId('reminders-snoozed').locator('tbody tr');
  await expect(snoozed).toHaveCount(1);
  await expect(snoozed.first()).toContainText('until Mar 1, 2099');
  await expect(snoozed.first()).toContainText(name);
  // Done and dismiss take reminders out of the inbox, for good.
  await due.first().getByRole('button', { name: 'Done' }).click();
  await expect(due).toHaveCount(inbox.due.length - 2);
  await due.first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(due).toHaveCount(inbox.due.length - 3);
  const stored = await callApi<{ due: unknown[]; snoozed: Array<{ snoozedUntil: string }> }>(page, served, 'reminders:list', {});
  expect(stored.due).toHaveLength(inbox.due.length - 3);
  expect(stored.snoozed.map((r) => r.snoozedUntil)).toEqual(['2099-03-01']);
  // The person behind a reminder, one click away.
  await due.first().locator('td:nth-child(2) button').click();
  await expect(page.getByTestId('person-name')).toBeVisible();
  await page.keyboard.press('Escape');
  // A controlled switch: it shows what the network file says once the service has answered.
  await page.getByRole('checkbox', { name: /Desktop notification/ }).click();
  await expect(page.getByRole('checkbox', { name: /Desktop notification/ })).toBeChecked();
  await expect.poll(async () => (await callApi<{ notify: boolean }>(page, served, 'reminders:list', {})).notify).toBe(true);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('tab', { name: 'Rappels' })).toBeVisible();
  await expect(page.getByTestId('reminders')).toContainText('une mention ou un message sans réponse après 7 jours');
  await expect(page.getByTestId('reminders-snoozed').locator('tbody tr').first()).toContainText('jusqu’au 1 mars 2099');
  await expect(page.getByRole('button', { name: 'Fait' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Raison' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/watch-reminders-fr.png' });
});

test('conversations and creators: the tables agree with the services, in English and French', async ({ page, served }) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  await page.getByRole('tab', { name: 'Conversations' }).click();
  const quarters = await callApi<{ person: { name: string }; rows: Array<{ period: string; threadsStarted: number; partners: number }> }>(page, served, 'watch:conversations', { by: 'quarter' });
  const rows = page.getByTestId('conversations-table').locator('tbody tr');
  await expect(rows).toHaveCount(quarters.rows.length);
  await expect(page.getByTestId('conversations').locator('h2')).toHaveText(quarters.person.name);
  expect(await rows.locator('td:nth-child(1)').allInnerTexts()).toEqual(quarters.rows.map((r) => r.period));
  expect(await rows.locator('td:nth-child(2)').allInnerTexts()).toEqual(quarters.rows.map((r) => String(r.threadsStarted)));
  expect(await rows.locator('td:nth-child(6)').allInnerTexts()).toEqual(quarters.rows.map((r) => String(r.partners)));
  await page.getByRole('combobox', { name: 'By' }).selectOption('year');
  await expect(rows.first().locator('td').first()).toHaveText(/^\d{4}$/);
  // Anyone's: pick a person by name.
  const someone = (await callApi<{ people: Array<{ id: number; name: string; isMe: boolean }> }>(page, served, 'people:list', { limit: 5 })).people.find((p) => !p.isMe) as { id: number; name: string };
  await page.getByRole('searchbox', { name: 'Someone else…' }).fill(someone.name);
  await page.getByRole('listbox', { name: 'Someone else…' }).getByRole('button', { name: new RegExp(someone.name) }).first().click();
  await expect(page.getByTestId('conversations').locator('h2')).toHaveText(someone.name);
  await page.screenshot({ path: 'e2e/artifacts/watch-conversations-en.png' });

  await page.getByRole('tab', { name: 'Creators & curators' }).click();
  const creators = await callApi<{ rows: Array<{ role: string; people: number }> }>(page, served, 'watch:creators', {});
  const table = page.getByTestId('creators-table').locator('tbody tr');
  await expect(table).toHaveCount(creators.rows.length);
  await expect(table.first().locator('td').first()).toHaveText('Whole network');
  await expect(table.first().locator('td').nth(1)).toHaveText(String(creators.rows[0]?.people));
  await expect(table.first().locator('td').nth(4)).toHaveText('81.8% / 18.2%');
  await page.getByRole('combobox', { name: 'Based on' }).selectOption('2025');
  await expect(page.getByText('Who moved between 2024 and 2025')).toBeVisible();
  const moved = await callApi<{ movers: unknown[] }>(page, served, 'watch:creators', { year: 2025 });
  await expect(page.getByTestId('creators-movers').locator('li')).toHaveCount(moved.movers.length);
  await page.screenshot({ path: 'e2e/artifacts/watch-creators-en.png' });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('tab', { name: 'Créateurs et relayeurs' }).click();
  await expect(page.getByText('Qui a changé de camp entre 2024 et 2025')).toBeVisible();
  await expect(table.first().locator('td').first()).toHaveText('Tout le réseau');
  await expect(table.first().locator('td').nth(4)).toHaveText(/^81,8\s%\s\/\s18,2\s%$/);
  await page.getByRole('tab', { name: 'Conversations' }).click();
  await expect(page.getByRole('columnheader', { name: 'Fils lancés' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/watch-conversations-fr.png' });
});
