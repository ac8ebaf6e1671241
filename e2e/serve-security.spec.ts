// The browser host's rules seen from a browser: no token, no app; another origin cannot call
// the API; the token leaves the address bar.
import { expect, test } from './serve-fixture';

test('without the token the app does not load', async ({ page, served }) => {
  const response = await page.goto(served.origin + '/');
  expect(response?.status()).toBe(401);
  await expect(page.locator('body')).toContainText('Unauthorised');
  expect(await page.locator('#root').count()).toBe(0);
});

test('a page on another origin cannot call the API, even with the token', async ({ page, served, browser }) => {
  // Another local origin (a different port): what a malicious page opened in the same browser would be.
  const other = await browser.newPage();
  await other.route('http://127.0.0.1:9/evil', (route) => route.fulfill({ contentType: 'text/html', body: '<title>evil</title>' }));
  await other.goto('http://127.0.0.1:9/evil');
  const outcome = await other.evaluate(async ({ origin, token }) => {
    try {
      const r = await fetch(`${origin}/api/call/network:info`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token }, body: '' });
      return `status ${r.status}`;
    } catch (error) {
      return `blocked: ${(error as Error).message}`;
    }
  }, { origin: served.origin, token: served.token });
  expect(outcome).toMatch(/^blocked/);
  await other.close();

  // The app itself, with the token, works.
  await page.goto(served.url);
  await expect(page.getByTestId('network-stats')).toContainText('people');
  await expect(page).toHaveURL(`${served.origin}/`);
});
