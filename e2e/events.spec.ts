// The organiser's flow in the app: create an event and invite someone; plan the invite list of
// the upcoming dinner, keep it, require parity and see who enters and why; export the list as
// CSV; matchmaking and impact of a past event; undo a deletion.
import { readFileSync } from 'node:fs';
import { expect, test } from './serve-fixture';

test('create an event, plan its invite list under parity, export it, match people, undo a deletion', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Events', exact: true }).click();

  // Create an event and add someone to it.
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Name').fill('Petit-déjeuner IA & marque');
  await page.getByLabel('Kind').selectOption('workshop');
  await page.getByLabel('Date').fill('2027-02-04');
  await page.getByLabel('Seats').fill('12');
  await page.getByRole('button', { name: 'Save' }).click();
  const view = page.getByTestId('event-view');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Petit-déjeuner IA & marque');
  await expect(page.getByTestId('event-facts')).toContainText('Workshop');
  await expect(page.getByTestId('event-facts')).toContainText('12 seats');
  await page.getByLabel('Add someone (name, organisation or handle)').first().fill('Dupont');
  const pick = page.getByRole('listbox').getByRole('button').first();
  const picked = await pick.innerText();
  await pick.click();
  const attendees = page.getByTestId('attendees');
  await expect(attendees.locator('tbody tr')).toHaveCount(1);
  await expect(attendees).toContainText(picked);
  await page.getByLabel(`Status of ${picked}`).selectOption('confirmed');
  await expect(attendees).toContainText('0 invited · 1 confirmed');

  // Delete it, then undo: it comes back with its attendee.
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete this event and its attendance' }).click();
  await expect(page.getByTestId('events-table')).not.toContainText('Petit-déjeuner IA');
  await page.getByRole('button', { name: /Undo: deleted event/ }).click();
  await expect(page.getByTestId('events-table')).toContainText('Petit-déjeuner IA & marque');

  // The upcoming dinner: hosts and speakers are always in, every pick has a reason.
  await page.getByRole('button', { name: 'Dîner des directeurs marketing 2026 #3' }).click();
  await page.getByRole('tab', { name: 'Invite planner' }).click();
  await page.getByLabel('Seats').fill('20');
  await page.getByRole('button', { name: 'Plan the invite list' }).click();
  const invitees = page.getByTestId('plan-invitees').locator('tbody tr');
  await expect(invitees).toHaveCount(20);
  await expect(page.getByTestId('plan-summary')).toContainText('20 of 20 seats');
  // The fresh sample had no score run: the planner ran one first and says which.
  await expect(page.getByTestId('plan-scores')).toContainText(/Scores from run #\d+ of .*, up to date with the network/);
  await expect(invitees.first()).toContainText('must invite: host');
  await expect(page.getByTestId('plan-invitees')).toContainText('must invite: speaker');
  // Its three confirmed attendees hold their seats and say so.
  await expect(page.getByTestId('plan-invitees').locator('td[data-standing="confirmed"]')).toHaveCount(3);
  await expect(page.getByTestId('plan-invitees')).toContainText('confirmed guest: holds a seat');
  await expect(page.getByTestId('plan-near-misses')).toContainText('cap 2');
  const before = await invitees.locator('td:nth-child(2)').allInnerTexts();
  await page.screenshot({ path: 'e2e/artifacts/invite-plan.png', fullPage: true });

  // Keep it, ask for strict parity: the comparison says who enters and leaves, genders balance.
  await page.getByRole('button', { name: 'Keep this plan to compare' }).click();
  await page.getByLabel('Gender parity').selectOption('0.5');
  await page.getByRole('button', { name: 'Plan the invite list' }).click();
  const comparison = page.getByTestId('plan-comparison');
  await expect(comparison).toBeVisible();
  const genders = await invitees.locator('td:nth-child(5)').allInnerTexts();
  const women = genders.filter((g) => g === 'woman').length;
  const men = genders.filter((g) => g === 'man').length;
  expect(Math.min(women, men) / (women + men)).toBeGreaterThanOrEqual(0.5);
  const after = await invitees.locator('td:nth-child(2)').allInnerTexts();
  const entering = after.filter((n) => !before.includes(n));
  expect(entering.length).toBeGreaterThan(0);
  await expect(comparison).toContainText(`In (${entering.length})`);
  for (const name of entering) await expect(comparison).toContainText(name);
  await page.screenshot({ path: 'e2e/artifacts/invite-compare.png', fullPage: true });

  // Export for the mailing tool: invitees then the waiting list, formula-safe.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV (mailing)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('invites-Dîner-des-directeurs-marketing-2026-3.csv');
  const bytes = readFileSync((await file.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('list,status,name,organisation,email,x_handle,linkedin_url,role,reason');
  expect(lines.filter((l) => l.startsWith('invite,'))).toHaveLength(20);
  expect(lines.filter((l) => l.startsWith('waitlist,'))).toHaveLength(5);
  for (const name of after) expect(lines.some((l) => l.includes(name))).toBe(true);

  // Parity per year on the events page: a share of women per role, unknown gender counted apart.
  await page.getByRole('button', { name: '← Events' }).click();
  await expect(page.getByTestId('parity')).toContainText('Speakers');
  await page.getByTestId('parity').getByLabel('Year').selectOption('2026');
  await expect(page.getByTestId('parity-total')).toContainText(/All events of 2026\s*\d+ %/);
  await page.getByRole('button', { name: 'Dîner des directeurs marketing 2026 #3' }).click();

  // A past event: who should meet, a table plan, and the ties it created.
  await page.getByRole('button', { name: '← Events' }).click();
  await page.getByRole('button', { name: 'Forum des CMO 2026' }).click();
  await page.getByRole('tab', { name: 'Matchmaking' }).click();
  await expect(page.getByTestId('matchmaking').locator('li').first()).toContainText('in common');
  await expect(page.getByTestId('matchmaking')).toContainText('Table 1');
  await page.getByRole('tab', { name: 'Impact' }).click();
  await expect(page.getByTestId('impact')).toContainText(/\d+ new ties?/);
  await expect(page.getByTestId('impact-mentions')).toContainText('before →');
  await page.screenshot({ path: 'e2e/artifacts/event-impact.png', fullPage: true });
});
