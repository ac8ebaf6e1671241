// The Network view as a new user meets it (1440 × 900, both languages): names by level of detail
// (no overlap, long names cut, the full name on hover), sizes by influence once scores exist,
// search by relevance then influence with Enter flying to the first match, a drawing that refits
// when its container changes size, no error when leaving it mid-drawing, one introducer rule with
// My network, the ego layout for LinkedIn-only networks with newcomers placed near their ties; and
// the influence × audience map and the person view, photographed in French and English.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, startServe, test, type Served } from './serve-fixture';

test.use({ viewport: { width: 1440, height: 900 } });

interface Drawn {
  id: string;
  name: string;
  label: string;
  size: number;
  /** On screen, relative to the drawing's container. */
  x: number;
  y: number;
  box: { x1: number; y1: number; x2: number; y2: number } | null;
}

async function drawn(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    const cy = window.__maillageCy;
    if (!cy) return [];
    const shown: Drawn[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden')) return;
      const label = String(n.data('label') ?? '');
      const box = label ? n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) : null;
      shown.push({ id: n.id(), name: String(n.data('name')), label, size: Number(n.data('size')), x: n.renderedPosition().x, y: n.renderedPosition().y, box: box && { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } });
    });
    return shown;
  });
}

async function ready(page: Page, people?: number): Promise<void> {
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-layout', 'done', { timeout: 30_000 });
  if (people !== undefined) await page.waitForFunction((n) => window.__maillageCy?.nodes().length === n, people);
}

/** Every person drawn inside the drawing's box (nobody cut off). */
async function allInside(page: Page): Promise<boolean> {
  const size = await page.evaluate(() => ({ w: window.__maillageCy?.width() ?? 0, h: window.__maillageCy?.height() ?? 0 }));
  const people = await drawn(page);
  return people.length > 0 && people.every((p) => p.x >= 0 && p.y >= 0 && p.x <= size.w && p.y <= size.h);
}

function overlapping(people: Drawn[]): string[] {
  const boxes = people.filter((p) => p.box).map((p) => ({ name: p.label, ...(p.box as NonNullable<Drawn['box']>) }));
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) found.push(`${a.name} / ${b.name}`);
  return found;
}

test('names, sizes, search, refit and the introducer rule on the sample network', async ({ page, fresh }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fresh.url);
  await ready(page, 300);

  // Names: a good number written, none over another, the owner among them, at a readable size.
  await expect.poll(async () => (await drawn(page)).filter((p) => p.label).length).toBeGreaterThan(30);
  const people = await drawn(page);
  expect(overlapping(people)).toEqual([]);
  expect(people.find((p) => p.name === 'Céline Roussel')?.label).toBe('Céline Roussel');
  const fontPx = await page.evaluate(() => {
    const cy = window.__maillageCy;
    const me = cy?.nodes('[?isMe]').first();
    return me && cy ? Number(me.data('fontSize')) * cy.zoom() : 0;
  });
  expect(fontPx).toBeCloseTo(12, 0);
  await page.screenshot({ path: 'e2e/artifacts/network-names-en.png' });

  // Zooming in writes more names, still without overlap.
  const before = people.filter((p) => p.label).length;
  await page.evaluate(() => {
    const cy = window.__maillageCy;
    if (cy) cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect.poll(async () => (await drawn(page)).filter((p) => p.label && p.x > 0 && p.y > 0).length).toBeGreaterThan(Math.min(before, 25));
  // Names are chosen again once the zoom settles (during a gesture they only scale).
  await expect.poll(async () => overlapping(await drawn(page))).toEqual([]);
  await page.getByRole('button', { name: 'Fit to screen' }).click();

  // A 300-character name is cut on the drawing; the full name shows on hover.
  const owner = people.find((p) => p.name === 'Céline Roussel') as Drawn;
  const long = `Céline ${'Roussel-'.repeat(36)}Fin`.slice(0, 300);
  await callApi(page, fresh, 'person:update', { id: Number(owner.id), patch: { name: long } });
  await expect.poll(async () => (await drawn(page)).find((p) => p.id === owner.id)?.label).toMatch(/^Céline Roussel-Roussel-.*…$/);
  const label = (await drawn(page)).find((p) => p.id === owner.id)?.label ?? '';
  expect(Array.from(label).length).toBeLessThanOrEqual(24);
  const at = (await drawn(page)).find((p) => p.id === owner.id) as Drawn;
  const canvas = await page.getByTestId('network-canvas').boundingBox();
  await page.mouse.move((canvas?.x ?? 0) + at.x, (canvas?.y ?? 0) + at.y);
  await expect(page.getByTestId('network-hover')).toHaveText(long);
  await callApi(page, fresh, 'person:update', { id: Number(owner.id), patch: { name: 'Céline Roussel' } });

  // Sizes follow partners before scores, influence once they exist.
  await expect(page.getByRole('combobox', { name: 'Size by' })).toHaveValue('partners');
  await callApi(page, fresh, 'scores:run', {});
  await expect(page.getByRole('combobox', { name: 'Size by' })).toHaveValue('influence');
  const table = await callApi<Array<{ personId: number; name: string; influence: number }>>(page, fresh, 'scores:table', {});
  const top = [...table].sort((a, b) => b.influence - a.influence)[0] as { personId: number; name: string };
  await expect.poll(async () => {
    const sizes = await drawn(page);
    const biggest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    return biggest.id;
  }).toBe(String(top.personId));

  // Search: relevance, then influence; Enter flies to the first match and opens it.
  const first = table.filter((p) => p.name.startsWith('Claire ')).sort((a, b) => b.influence - a.influence);
  expect(first.length).toBeGreaterThan(1);
  const search = page.getByRole('searchbox', { name: 'Find a person…' });
  await search.fill('Claire');
  await expect(page.getByRole('listbox').getByRole('button').first()).toContainText(first[0]?.name ?? '');
  await search.press('Enter');
  await expect(page.getByTestId('person-name')).toContainText(first[0]?.name ?? '');
  await expect.poll(() => page.evaluate(() => window.__maillageCy?.zoom())).toBeCloseTo(1.6, 1);
  await page.screenshot({ path: 'e2e/artifacts/person-view-en.png' });
  await page.keyboard.press('Escape');

  // The drawing refits when its container changes size: nobody cut off after the window shrinks.
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.setViewportSize({ width: 1000, height: 640 });
  await expect.poll(() => allInside(page)).toBe(true);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(() => allInside(page)).toBe(true);

  // "How do I reach…" names the introducer My network proposes, and says why.
  const overview = await callApi<{ me: { personId: number }; introductions: Array<{ personId: number; name: string; introducer: { name: string } | null }> }>(page, fresh, 'me:overview');
  const target = overview.introductions[0] as { name: string; introducer: { name: string } };
  await page.getByRole('searchbox', { name: 'How do I reach…' }).fill(target.name);
  await page.getByRole('searchbox', { name: 'How do I reach…' }).press('Enter');
  await expect(page.getByTestId('path')).toContainText(`Céline Roussel → ${target.introducer.name} → ${target.name}`);
  await expect(page.getByTestId('introducer-rule')).toContainText('weakest tie');
  await page.getByRole('button', { name: 'My network' }).click();
  await expect(page.getByTestId('introductions')).toContainText(target.introducer.name);
  await expect(page.getByTestId('introducer-rule')).toContainText('same rule');

  // French: the toolbar wraps onto more lines; the drawing still shows everyone.
  await callApi(page, fresh, 'preferences:set', { language: 'fr' });
  await page.reload();
  await ready(page, 300);
  await expect(page.getByRole('searchbox', { name: 'Trouver une personne…' })).toBeVisible();
  await expect.poll(() => allInside(page)).toBe(true);
  expect(overlapping(await drawn(page))).toEqual([]);
  await page.screenshot({ path: 'e2e/artifacts/network-names-fr.png' });
  expect(errors).toEqual([]);
});

test('leaving the view while it draws raises no error', async ({ page, fresh }) => {
  test.setTimeout(240_000); // four rounds of three openings, each building Cytoscape anew
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack ?? ''}`));
  await page.goto(fresh.url);
  await ready(page, 300);
  const network = page.getByRole('button', { name: 'Network', exact: true });
  const rankings = page.getByRole('button', { name: 'Rankings' });
  for (let i = 0; i < 4; i++) {
    // While the picture is shown (Cytoscape being built), while a layout runs, right after it is drawn.
    await page.reload();
    await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-picture', /shown|replaced/);
    await rankings.click();
    await network.click();
    await ready(page);
    await page.getByRole('button', { name: 'Re-run layout' }).click();
    await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-layout', /running|done/);
    await rankings.click();
    await network.click();
    await page.getByRole('searchbox', { name: 'Find a person…' }).fill('Claire');
    await page.getByRole('searchbox', { name: 'Find a person…' }).press('Enter');
    await rankings.click(); // mid fly-to
    await network.click();
    await ready(page);
  }
  expect(errors).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// A LinkedIn-only network: the owner and their connections, no tie between contacts.

const ROLES = ['cmo', 'peer', 'analyst', 'journalist', 'consultant'] as const;

function egoBackup(from: number, to: number): string {
  const people = [{ id: 1, name: 'Élise Marchand', role: 'cmo', isMe: true, organisation: 'Maillage' }];
  const interactions: unknown[] = [];
  for (let id = from; id <= to; id++) {
    people.push({ id, name: `Contact ${id}`, role: ROLES[id % ROLES.length] as string, isMe: false, organisation: `Org ${id % 7}` });
    // Strength varies: more messages with some contacts.
    for (let k = 0; k < 1 + (id % 4); k++) {
      interactions.push({ from: 1, to: id, kind: 'message', channel: 'linkedin', at: `2026-0${1 + (k % 9)}-1${id % 9}T10:00:00Z`, externalId: `m-${id}-${k}` });
      interactions.push({ from: id, to: 1, kind: 'message', channel: 'linkedin', at: `2026-0${1 + (k % 9)}-1${id % 9}T11:00:00Z`, externalId: `r-${id}-${k}` });
    }
  }
  return JSON.stringify({ maillage: 1, people, interactions });
}

function importInto(file: string, dir: string, json: string, name: string): void {
  const path = join(dir, name);
  writeFileSync(path, json);
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, 'import', 'json', path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
}

test('an ego network is drawn as rings by tie strength with a note; newcomers do not move anyone', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-ego-'));
  const file = join(dir, 'ego.maillage');
  let served: (Served & { stop: () => Promise<void> }) | null = null;
  try {
    importInto(file, dir, egoBackup(2, 61), 'first.json');
    served = await startServe(['--db', file]);
    await page.goto(served.url);
    await ready(page, 61);
    const canvas = page.getByTestId('network-canvas');
    await expect(canvas).toHaveAttribute('data-ego', 'yes');
    await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('rings');
    await expect(page.getByTestId('ego-note')).toContainText('Interactions between your contacts');
    // The owner in the middle, everyone else on rings around.
    const layout = await page.evaluate(() => {
      const cy = window.__maillageCy;
      const me = cy?.nodes('[?isMe]').first();
      if (!cy || !me) return null;
      return cy.nodes().map((n) => Math.round(Math.hypot(n.position('x') - me.position('x'), n.position('y') - me.position('y')))).filter((d) => d > 0);
    });
    expect(layout && Math.min(...layout)).toBeGreaterThan(50);
    expect(new Set(layout).size).toBeLessThanOrEqual(5);
    await page.screenshot({ path: 'e2e/artifacts/network-ego-en.png' });
    await callApi(page, served, 'preferences:set', { language: 'fr' });
    await page.reload();
    await ready(page, 61);
    await expect(page.getByTestId('ego-note')).toContainText('Les interactions entre vos contacts');
    await expect(page.getByRole('combobox', { name: 'Disposition' })).toHaveValue('rings');
    await page.screenshot({ path: 'e2e/artifacts/network-ego-fr.png' });
    const saved = await callApi<{ nodes: Array<{ id: number; x?: number; y?: number }> }>(page, served, 'graph:get', {});
    expect(saved.nodes.every((n) => n.x !== undefined)).toBe(true);
    await served.stop();
    served = null;

    // Ten more connections: those known keep their place exactly.
    importInto(file, dir, egoBackup(62, 71), 'second.json');
    served = await startServe(['--db', file]);
    await page.goto(served.url);
    await ready(page, 71);
    const after = await callApi<{ nodes: Array<{ id: number; x?: number; y?: number }> }>(page, served, 'graph:get', {});
    const was = new Map(saved.nodes.map((n) => [n.id, n]));
    for (const n of after.nodes) {
      const old = was.get(n.id);
      if (old) expect([n.x, n.y]).toEqual([old.x, old.y]);
      else expect(n.x).toBeDefined();
    }
  } finally {
    await served?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('newcomers after an import land near their ties; the others keep their place', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-grow-'));
  const file = join(dir, 'grow.maillage');
  let served: (Served & { stop: () => Promise<void> }) | null = null;
  // Two groups of 30 who talk among themselves (ties between contacts: not an ego network).
  const people = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, name: `Person ${i + 1}`, role: 'peer', isMe: i === 0 }));
  const interactions = [];
  for (let a = 1; a <= 60; a++) {
    for (let k = 1; k <= 4; k++) {
      const b = ((a - 1 + k * 7) % 30) + (a <= 30 ? 1 : 31);
      if (a !== b) interactions.push({ from: a, to: b, kind: 'mention', channel: 'x', at: '2026-03-01T10:00:00Z', externalId: `i-${a}-${k}` });
    }
  }
  try {
    importInto(file, dir, JSON.stringify({ maillage: 1, people, interactions }), 'base.json');
    served = await startServe(['--db', file]);
    await page.goto(served.url);
    await ready(page, 60);
    await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-ego', 'no');
    const before = await callApi<{ nodes: Array<{ id: number; name: string; x: number; y: number }> }>(page, served, 'graph:get', {});
    await served.stop();
    served = null;
    // A newcomer who talks only to three people of the second group.
    const extra = { maillage: 1, people: [...people, { id: 61, name: 'Newcomer', role: 'analyst', isMe: false }], interactions: [35, 40, 45].map((b) => ({ from: 61, to: b, kind: 'reply', channel: 'x', at: '2026-04-01T10:00:00Z', externalId: `n-${b}` })) };
    importInto(file, dir, JSON.stringify(extra), 'more.json');
    served = await startServe(['--db', file]);
    await page.goto(served.url);
    await ready(page, 61);
    const after = await callApi<{ nodes: Array<{ id: number; name: string; x: number; y: number }> }>(page, served, 'graph:get', {});
    const was = new Map(before.nodes.map((n) => [n.name, n]));
    for (const n of after.nodes.filter((m) => m.name !== 'Newcomer')) expect([n.x, n.y]).toEqual([was.get(n.name)?.x, was.get(n.name)?.y]);
    const newcomer = after.nodes.find((n) => n.name === 'Newcomer') as { x: number; y: number };
    const centre = (names: string[]) => {
      const xs = names.map((name) => was.get(name) as { x: number; y: number });
      return { x: xs.reduce((s, p) => s + p.x, 0) / xs.length, y: xs.reduce((s, p) => s + p.y, 0) / xs.length };
    };
    const second = centre(Array.from({ length: 30 }, (_, i) => `Person ${i + 31}`));
    const first = centre(Array.from({ length: 30 }, (_, i) => `Person ${i + 1}`));
    expect(Math.hypot(newcomer.x - second.x, newcomer.y - second.y)).toBeLessThan(Math.hypot(newcomer.x - first.x, newcomer.y - first.y));
  } finally {
    await served?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the influence × audience map and the person view have room, in English and French', async ({ page, fresh }) => {
  await callApi(page, fresh, 'scores:run', {});
  for (const [language, names] of [['en', { rankings: 'Rankings', map: 'Influence × audience', table: 'Ranking' }], ['fr', { rankings: 'Classements', map: 'Influence × audience', table: 'Classement' }]] as const) {
    await callApi(page, fresh, 'preferences:set', { language });
    await page.goto(fresh.url);
    await page.getByRole('button', { name: names.rankings }).click();
    await page.getByRole('tab', { name: names.map }).click();
    const map = page.getByTestId('influence-map');
    await expect(map).toBeVisible();
    await expect(page.getByTestId('map-legend').locator('.swatch').first()).toBeVisible();
    // Full width: the chart spans the page's content box.
    const page_ = await page.locator('.page').boundingBox();
    const chart = await map.boundingBox();
    expect((chart?.width ?? 0) / ((page_?.width ?? 1) - 40)).toBeGreaterThan(0.97);
    // Leaders named; captions outside the plot, so no point lies under a caption.
    await expect(map.locator('.leader-label')).not.toHaveCount(0);
    const clash = await page.evaluate(() => {
      const captions = [...document.querySelectorAll('.quadrant-label')].map((c) => c.getBoundingClientRect());
      const points = [...document.querySelectorAll('.influence-map .point')].map((p) => p.getBoundingClientRect());
      const labels = [...document.querySelectorAll('.leader-label')].map((p) => p.getBoundingClientRect());
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return captions.filter((c) => points.some((p) => hit(c, p)) || labels.some((l) => hit(c, l))).length + labels.filter((l, i) => labels.some((m, j) => i !== j && hit(l, m))).length;
    });
    expect(clash).toBe(0);
    await page.screenshot({ path: `e2e/artifacts/map-${language}.png`, fullPage: true });

    // The person view: wide (it was a 340 px column), and the Rankings table still shows its last
    // column (Quadrant) beside it.
    await page.getByRole('tab', { name: names.table, exact: true }).click();
    await page.locator('table tbody tr').first().click();
    const panel = page.getByTestId('person-panel');
    await expect(page.getByTestId('person-name')).toBeVisible();
    expect((await panel.boundingBox())?.width ?? 0).toBeGreaterThan(480);
    const lastHeader = await page.locator('table thead th').last().boundingBox();
    const view = await page.locator('.view').boundingBox();
    expect((lastHeader?.x ?? 0) + (lastHeader?.width ?? 0)).toBeLessThanOrEqual((view?.x ?? 0) + (view?.width ?? 0) + 1);
    // The LinkedIn address on one line.
    const handle = panel.locator('.handles li').first();
    expect((await handle.boundingBox())?.height ?? 99).toBeLessThan(24);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: `e2e/artifacts/person-${language}.png` });
    await page.keyboard.press('Escape');
  }
});
