// "My network" for the owner of the sample network: every section says something real.
import { expect, test } from './serve-fixture';

test('the owner sees who to reconnect with, who to meet and who never returns', async ({ page, fresh: served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'My network' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Céline Roussel’s network');
  await expect(page.getByTestId('reconnect').locator('li').first()).toContainText('strength');
  await expect(page.getByTestId('unanswered').locator('li').first()).toContainText(/\d+ times?/);
  // Introductions need scores: compute them from here.
  await page.getByTestId('introductions').getByRole('button', { name: 'Compute scores' }).click();
  const first = page.getByTestId('introductions').locator('li').first();
  await expect(first).toContainText('shared contact');
  await expect(first).toContainText('via');
  await expect(page.getByTestId('unbridged')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/my-network.png', fullPage: true });
  // A name opens the person's panel.
  const name = await first.getByRole('button').first().innerText();
  await first.getByRole('button').first().click();
  await expect(page.getByTestId('person-name')).toContainText(name);
});
