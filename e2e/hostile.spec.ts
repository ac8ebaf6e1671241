// Hostile text in every view: names, organisations, notes and event names carrying HTML, a
// javascript: URL, right-to-left overrides and 50 kB strings stay inert text — no element is
// created from them, no script runs, no dialog opens, the page never navigates.
import type { Page } from '@playwright/test';
import { callApi, expect, test } from './serve-fixture';

const HTML = '<img src=x onerror="window.__pwned=1">';
const RTL = '\u202Egnp.exe\u202C';
const LONG = 'Ab'.repeat(25_000);

async function assertInert(page: Page, where: string, start: string) {
  const state = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], script:not([src]), a[href^="javascript:"], iframe').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned,
  }));
  expect(state, where).toEqual({ images: 0, pwned: undefined });
  expect(new URL(page.url()).pathname, where).toBe(new URL(start).pathname);
}

test('hostile strings render as inert text in every view', async ({ page, fresh: served }) => {
  test.setTimeout(120_000);
  const people = (await callApi<{ people: Array<{ id: number; name: string; isMe: boolean }> }>(page, served, 'people:list', { limit: 20 })).people.filter((p) => !p.isMe);
  const [a, b, c] = people as unknown as [{ id: number }, { id: number }, { id: number }];
  await callApi(page, served, 'person:update', { id: a.id, patch: { name: `${HTML} Ada`, organisation: `javascript:alert(1)`, notes: LONG, tags: [HTML] } });
  await callApi(page, served, 'person:update', { id: b.id, patch: { name: `Bob ${RTL}`, title: HTML } });
  await callApi(page, served, 'person:update', { id: c.id, patch: { name: LONG.slice(0, 300), organisation: `${RTL}${HTML}` } });
  const event = await callApi<{ id: number }>(page, served, 'event:create', { name: `${HTML} Forum`, kind: 'forum', date: '2027-03-01', place: 'javascript:alert(2)', capacity: 10, hostOrganisation: RTL });
  await callApi(page, served, 'attendance:set', { eventId: event.id, personId: a.id, role: 'host', status: 'confirmed' });
  await callApi(page, served, 'scores:run', {});

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(served.url);
  const start = page.url();
  await page.waitForFunction(() => (window.__maillageCy?.nodes().length ?? 0) > 0);
  await page.getByRole('searchbox', { name: 'Find a person…' }).fill('Ada');
  await page.getByRole('button', { name: `${HTML} Ada` }).first().click();
  await expect(page.getByTestId('person-name')).toContainText(`${HTML} Ada`);
  await expect(page.getByTestId('person-panel')).toContainText('javascript:alert(1)');
  await expect(page.getByLabel('Notes')).toHaveValue(LONG);
  await assertInert(page, 'network + person panel', start);

  for (const view of ['My network', 'Rankings', 'People', 'Events', 'Import']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.waitForTimeout(300);
    await assertInert(page, view, start);
  }
  await page.getByRole('button', { name: 'Rankings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Show' }).selectOption('1000');
  await expect(page.getByTestId('rankings-table')).toContainText(`${HTML} Ada`);
  await page.getByRole('tab', { name: 'Influence × audience' }).click();
  await assertInert(page, 'influence map', start);

  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await page.getByRole('button', { name: `${HTML} Forum` }).click();
  await expect(page.getByTestId('event-facts')).toContainText('javascript:alert(2)');
  // The RTL override in the host's name is isolated: it cannot reorder "10 seats" after it.
  await expect(page.getByTestId('event-facts').locator('bdi')).toHaveCount(5);
  await expect(page.getByTestId('event-facts').locator('bdi').nth(3)).toHaveText(RTL);
  await expect(page.getByTestId('attendees')).toContainText(`${HTML} Ada`);
  await page.getByRole('tab', { name: 'Invite planner' }).click();
  await page.getByRole('button', { name: 'Plan the invite list' }).click();
  await expect(page.getByTestId('plan-invitees')).toContainText(`${HTML} Ada`);
  for (const tab of ['Matchmaking', 'Impact']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(300);
    await assertInert(page, tab, start);
  }
  await page.screenshot({ path: 'e2e/artifacts/hostile.png', fullPage: true });
  expect(dialogs).toBe(0);
});
