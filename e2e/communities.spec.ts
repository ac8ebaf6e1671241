// Named communities in the app: the Rankings page lists them by name, a rename shows at once in
// the network view's community filter and in the invite planner's reasons.
import { expect, test } from './serve-fixture';

test('communities have names, a rename shows in the network filter and the planner', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Rankings' }).click();
  await page.getByRole('button', { name: 'Compute scores' }).click();
  await expect(page.getByTestId('rankings-table').locator('tbody tr')).toHaveCount(30);
  await page.getByRole('tab', { name: 'Communities' }).click();
  const rows = page.getByTestId('communities').locator('tbody tr');
  await expect(rows.first()).toContainText(/'s circle|\w/);
  const first = (await rows.first().locator('td').first().innerText()).trim();
  expect(first).toMatch(/.+'s circle$|^[^0-9]/);
  await rows.first().getByRole('button', { name: `Rename ${first}` }).click();
  await page.getByLabel(`New name for ${first}`).fill('Les bâtisseurs <b>&</b>');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(rows.first().locator('td').first()).toHaveText('Les bâtisseurs <b>&</b>');

  // The network view's community filter names it the same way (as text, not markup).
  await page.getByRole('button', { name: 'Network', exact: true }).click();
  const filter = page.getByRole('combobox', { name: 'Community' }).first();
  await expect(filter.locator('option', { hasText: 'Les bâtisseurs <b>&</b>' })).toHaveCount(1);
  await expect(filter.locator('option', { hasText: /^Community \d+$/ })).toHaveCount(0);

  // The planner's reasons name communities, never by a number.
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await page.getByRole('button', { name: 'Dîner des directeurs marketing 2026 #3' }).click();
  await page.getByRole('tab', { name: 'Invite planner' }).click();
  await page.getByRole('button', { name: 'Plan the invite list' }).click();
  const plan = page.getByTestId('plan-invitees');
  await expect(plan).toContainText('first from ');
  await expect(plan).not.toContainText(/community -?\d/i);
});
