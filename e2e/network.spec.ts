// The Network view's tools with real clicks: filters, time window and channels, ego focus,
// "how do I reach X?", layouts, and PNG/SVG export.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './serve-fixture';

async function visible(page: Page) {
  return page.evaluate(() => {
    const cy = window.__maillageCy;
    if (!cy) return { nodes: -1, edges: -1, faded: -1 };
    const nodes = cy.nodes().filter((n) => !n.hasClass('hidden'));
    const edges = cy.edges().filter((e) => !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden'));
    return { nodes: nodes.length, edges: edges.length, faded: cy.nodes('.faded').length };
  });
}

test('filters, focus, paths, layouts and export', async ({ page, served }) => {
  await page.goto(served.url);
  await page.waitForFunction(() => (window.__maillageCy?.nodes().length ?? 0) === 300);
  // Positions applied and the view fitted: the signal bench/render.bench.ts waits for.
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-layout', 'done');
  const all = await visible(page);
  expect(all.nodes).toBe(300);

  // Role filter: only journalists stay, and the count line says so.
  await page.getByRole('combobox', { name: 'Role' }).selectOption('journalist');
  const journalists = await page.evaluate(() => window.__maillageCy?.nodes('[role = "journalist"]').length);
  await expect.poll(async () => (await visible(page)).nodes).toBe(journalists);
  await expect(page.getByTestId('network-stats')).toContainText(`${journalists} people and`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(async () => (await visible(page)).nodes).toBe(300);

  // Tie strength: stronger ties only means fewer ties, never more.
  await page.getByRole('slider', { name: 'Min. tie strength' }).fill('2');
  await expect.poll(async () => (await visible(page)).edges).toBeLessThan(all.edges);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Channels: LinkedIn only — the edges are the LinkedIn ties of the service.
  for (const c of ['X', 'Email', 'In person', 'Other']) await page.getByRole('checkbox', { name: c }).uncheck();
  const linkedin = (await (await page.request.post(`${served.origin}/api/call/graph:get`, {
    headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': served.token },
    data: JSON.stringify({ channels: ['linkedin'] }),
  })).json()) as { value: { edges: unknown[] } };
  await expect.poll(async () => (await visible(page)).edges).toBe(linkedin.value.edges.length);
  for (const c of ['X', 'Email', 'In person', 'Other']) await page.getByRole('checkbox', { name: c }).check();
  await expect.poll(async () => (await visible(page)).edges).toBe(all.edges);

  // Time window: the last months only.
  const from = page.getByRole('slider', { name: 'From' });
  await from.focus();
  for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await visible(page)).edges).toBeLessThan(all.edges);
  await expect(page.getByTestId('window-label')).not.toHaveText(/2023/);
  for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await visible(page)).edges).toBe(all.edges);

  // Ego focus: select the owner, 1 hop — only their partners stay bright.
  await page.getByRole('searchbox', { name: 'Find a person…' }).fill('Céline');
  await page.getByRole('button', { name: /Céline Roussel/ }).click();
  await page.getByRole('combobox', { name: 'Focus' }).selectOption('1');
  const partners = await page.evaluate(() => {
    const me = window.__maillageCy?.nodes('[?isMe]');
    return me ? me.neighborhood().nodes().length : 0;
  });
  await expect.poll(async () => 300 - (await visible(page)).faded).toBe(partners + 1);
  await page.screenshot({ path: 'e2e/artifacts/network-focus.png' });
  await page.getByRole('combobox', { name: 'Focus' }).selectOption('0');

  // How do I reach someone far away? A chain starting with the selected person.
  const far = await page.evaluate(() => {
    const cy = window.__maillageCy;
    const me = cy?.nodes('[?isMe]');
    if (!cy || !me) return '';
    const dist = cy.elements().bfs({ roots: me, directed: false });
    const twoAway = cy.nodes().filter((n) => !me.neighborhood().nodes().contains(n) && n.id() !== me.first().id() && dist.path.nodes().contains(n));
    return twoAway.first().data('name') as string;
  });
  await page.getByRole('searchbox', { name: 'How do I reach…' }).fill(far);
  await page.getByRole('listbox').getByRole('button', { name: far, exact: true }).click();
  await expect(page.getByTestId('path')).toContainText(`Céline Roussel → `);
  await expect(page.getByTestId('path')).toContainText(`→ ${far} (2 hops)`);
  await page.waitForTimeout(600); // the fly-to animation
  await page.screenshot({ path: 'e2e/artifacts/network-path.png' });
  await page.getByTestId('path').getByRole('button', { name: 'Close' }).click();

  // Concentric layout moves people; positions are saved.
  const before = await page.evaluate(() => window.__maillageCy?.nodes()[0]?.position());
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await page.getByRole('button', { name: 'Re-run layout' }).click();
  await expect.poll(async () => JSON.stringify(await page.evaluate(() => window.__maillageCy?.nodes()[0]?.position()))).not.toBe(JSON.stringify(before));
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-layout', 'done');

  // Export: a real PNG and an SVG with the labels.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  const bytes = readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(20_000);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  const text = readFileSync(await svg.path(), 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('Céline Roussel');
});
