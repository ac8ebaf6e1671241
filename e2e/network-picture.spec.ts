// Reopening a network with saved positions: a picture of it is shown at once, with a "preparing"
// notice, then Cytoscape's interactive drawing takes its place — the same people at the same
// places in the same colours.
import { writeFileSync } from 'node:fs';
import { expect, holdCytoscape, positionsSaved, test } from './serve-fixture';

declare global {
  interface Window {
    /** What the page showed when the graph container first said data-picture="shown". */
    __pictureSeen?: { image: string; width: number; height: number; notice: string; layout: string | null };
  }
}

/** Runs in the page before the app: copies the picture canvas and the notice each time the
 * picture is announced or painted again at a new size (React has just committed it; Cytoscape is
 * not built yet), so the last copy is the picture that Cytoscape replaces. */
function capturePicture(): void {
  new MutationObserver((changes, observer) => {
    const graph = document.querySelector<HTMLElement>('[data-testid="network-canvas"]');
    if (graph?.getAttribute('data-picture') === 'replaced') {
      observer.disconnect();
      return;
    }
    if (!changes.some((c) => c.attributeName === 'data-picture' || c.attributeName === 'data-size')) return;
    if (graph?.getAttribute('data-picture') !== 'shown') return;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="network-picture"]');
    window.__pictureSeen = {
      image: canvas?.toDataURL('image/png') ?? '',
      width: canvas?.width ?? 0,
      height: canvas?.height ?? 0,
      notice: document.querySelector('.network-preparing')?.textContent ?? '',
      layout: graph.getAttribute('data-layout'),
    };
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-picture', 'data-size'] });
}

test('a reopened network is pictured first, then handed over to the interactive view in place', async ({ page, fresh }) => {
  const graph = page.getByTestId('network-canvas');
  // First open: no positions yet; the layout runs (in a worker) before anything is drawn, saves
  // them, and the network is pictured like any reopening.
  await page.goto(fresh.url);
  await expect(graph).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  await expect(graph).toHaveAttribute('data-picture', 'replaced');
  await positionsSaved(page, fresh);

  await page.addInitScript(capturePicture);
  const release = await holdCytoscape(page);
  await page.reload();
  await expect(graph).toHaveAttribute('data-picture', 'shown');
  await expect(page.getByRole('status').filter({ hasText: 'Preparing the interactive view…' })).toBeVisible();
  await expect(graph).toHaveAttribute('data-layout', 'pending');
  await page.screenshot({ path: 'e2e/artifacts/network-preparing.png' });
  release();
  await expect(graph).toHaveAttribute('data-picture', 'replaced');
  await expect(graph).toHaveAttribute('data-layout', 'done');
  await expect(page.getByTestId('network-picture')).toHaveCount(0);
  await expect(page.locator('.network-preparing')).toHaveCount(0);

  const seen = await page.evaluate(() => window.__pictureSeen);
  expect(seen, 'the picture was announced').toBeDefined();
  if (!seen) return;
  expect(seen.notice).toBe('Preparing the interactive view…');
  expect(seen.layout, 'not interactive while pictured').toBe('pending');
  const box = await graph.boundingBox();
  expect(seen.width).toBe(Math.round(box?.width ?? 0));
  expect(seen.height).toBe(Math.round(box?.height ?? 0));
  writeFileSync('e2e/artifacts/network-picture.png', Buffer.from(seen.image.replace(/^data:image\/png;base64,/, ''), 'base64'));
  await page.screenshot({ path: 'e2e/artifacts/network-interactive.png' });

  const compared = await page.evaluate(async (image) => {
    const cy = window.__maillageCy;
    if (!cy) throw new Error('no drawing');
    const pixels = async (url: string, width: number, height: number) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0, width, height);
      return ctx.getImageData(0, 0, width, height).data;
    };
    const width = Math.round(cy.width());
    const height = Math.round(cy.height());
    const picture = await pixels(image, width, height);
    // What Cytoscape shows: its layers (canvases) over each other, bottom first.
    const layers = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="network-canvas"] canvas')].sort((a, b) => Number(getComputedStyle(a).zIndex) - Number(getComputedStyle(b).zIndex));
    const screen = document.createElement('canvas');
    screen.width = width;
    screen.height = height;
    const screenCtx = screen.getContext('2d', { willReadFrequently: true });
    if (!screenCtx) throw new Error('no 2d context');
    for (const layer of layers) screenCtx.drawImage(layer, 0, 0, width, height);
    const drawn = screenCtx.getImageData(0, 0, width, height).data;

    // People alone on screen (no other person near, not under a label): the picture has the
    // person's colour exactly where Cytoscape renders their centre.
    const people = cy.nodes().map((n) => ({ id: n.id(), at: n.renderedPosition(), colour: String(n.data('colour')), labelled: n.data('label') !== '' }));
    const alone = people.filter(
      (p) =>
        p.at.x > 5 && p.at.y > 5 && p.at.x < width - 5 && p.at.y < height - 5 &&
        people.every((q) => q === p || (Math.hypot(q.at.x - p.at.x, q.at.y - p.at.y) > 24 && !(q.labelled && Math.abs(q.at.x - p.at.x) < 70 && p.at.y - q.at.y > 0 && p.at.y - q.at.y < 30))),
    );
    const hex = (data: Uint8ClampedArray, x: number, y: number) => {
      const i = 4 * (Math.round(y) * width + Math.round(x));
      return `#${[data[i], data[i + 1], data[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
    };
    const centres = alone.slice(0, 12).map((p) => ({ id: p.id, colour: p.colour.toLowerCase(), picture: hex(picture, p.at.x, p.at.y), drawn: hex(drawn, p.at.x, p.at.y) }));

    // The whole view in 4 × 4 blocks (averaged, so that anti-aliasing and dash phases blur out):
    // how many blocks with ink differ clearly between the picture and Cytoscape's drawing.
    const BLOCK = 4;
    const mean = (data: Uint8ClampedArray, bx: number, by: number) => {
      const sum = [0, 0, 0, 0];
      for (let y = by; y < by + BLOCK; y++) {
        for (let x = bx; x < bx + BLOCK; x++) {
          const i = 4 * (y * width + x);
          // Premultiplied, so that a transparent pixel's colour does not count.
          const alpha = (data[i + 3] ?? 0) / 255;
          for (let k = 0; k < 3; k++) sum[k] = (sum[k] ?? 0) + (data[i + k] ?? 0) * alpha;
          sum[3] = (sum[3] ?? 0) + (data[i + 3] ?? 0);
        }
      }
      return sum.map((v) => v / (BLOCK * BLOCK));
    };
    let differ = 0;
    let inked = 0;
    let blocks = 0;
    for (let by = 0; by + BLOCK <= height; by += BLOCK) {
      for (let bx = 0; bx + BLOCK <= width; bx += BLOCK) {
        blocks++;
        const a = mean(picture, bx, by);
        const b = mean(drawn, bx, by);
        if ((a[3] ?? 0) < 8 && (b[3] ?? 0) < 8) continue;
        inked++;
        if (Math.max(...a.map((v, k) => Math.abs(v - (b[k] ?? 0)))) > 48) differ++;
      }
    }
    return { centres, differ, inked, blocks };
  }, seen.image);

  expect(compared.centres.length, 'people alone on screen to compare').toBeGreaterThanOrEqual(3);
  for (const c of compared.centres) {
    expect(c.picture, `person ${c.id} on the picture`).toBe(c.colour);
    expect(c.drawn, `person ${c.id} in Cytoscape's drawing`).toBe(c.colour);
  }
  // Both drawings have their ink in the same places and colours.
  expect(compared.inked).toBeGreaterThan(compared.blocks * 0.05);
  expect(compared.differ / compared.inked).toBeLessThan(0.03); // 0.5 % here; 36 % with the picture 6 px off
});
