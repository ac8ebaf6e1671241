// Times the Network view on large networks in Debian's Chromium, through `maillage serve` (the
// real renderer and services on loopback): the first picture, then the interactive view, of the
// whole network, then pan and zoom — against a peer measured in the same run on the same elements,
// positions and stylesheet:
// plain Cytoscape.js with its default options (canvas renderer, no viewport texture) in a minimal
// page served by page.route. Prints a markdown table.
//
//   npm run bench:render:large  (= npm exec -- node --import tsx bench/render.bench.ts)
//   … bench/render.bench.ts --quick          (2,000 people only: a smoke run)
//   … bench/render.bench.ts --people 5000,10000   (these sizes only)
//   … bench/render.bench.ts --first-layout   (also the first open of a network without positions)
//   … bench/render.bench.ts --sample-cli     (write the networks with `maillage sample`)
//   … bench/render.bench.ts --profile DIR    (also save Chrome CPU profiles of our opening and
//                                             gestures into DIR, for DevTools' Performance panel,
//                                             and a screenshot once interactive)
//
// Build the renderer first (`npm run -s build`): serve hands out out/renderer.
//
// The networks (N people, 4 N ties as the issue asks: 2k/8k, 5k/20k, 10k/40k) are written into
// temp files and deleted after. By default this file writes them itself (a seeded generator: 12
// communities, preferential senders, 75% of interactions inside the community, drawn until there
// are exactly 4 N distinct sender→recipient pairs; repeats give the ties their weights).
// --sample-cli uses `maillage sample --people N --interactions 4N` instead (the built-in sample's
// shape: its tie count lands near, not exactly on, 4 N — the table prints the real count).
//
// Opening a network whose positions are saved (every open but the first) is timed twice:
// - "first picture": page.goto → the frame that puts NetworkPage's picture of the network on screen
//   (picture.ts: the same positions, viewport, sizes and colours, painted on a plain canvas while
//   Cytoscape is built; not interactive). Timed in the page: the animation frame after the graph
//   container says data-picture="shown", on the page's clock, converted to this process's clock
//   (both are the system clock: performance.timeOrigin + now).
// - "interactive": page.goto → data-layout="done" (the positions applied and the view fitted in
//   Cytoscape) with every node in, and the picture replaced by Cytoscape's own drawing
//   (data-picture="replaced", set on Cytoscape's first render) → two animation frames.
// The first open (--first-layout) waits for data-layout="done" after fcose has run in the layout
// worker: 34 s on this machine at 2,000 people / 8,000 ties, hence opt-in and capped
// (RENDER_BENCH_LAYOUT_CAP_MS).
//
// Pan and zoom are measured twice, because Cytoscape draws them differently:
// - "gesture fps": real input through the browser (Playwright's mouse: a drag on the background,
//   then wheel turns), i.e. what a user does. Cytoscape's viewport options (textureOnViewport,
//   hideEdgesOnViewport) only act during such gestures. fps = frames in which the viewport moved
//   per second of gesture; p95 = the slowest 5% of those frames' intervals. Each input event is
//   awaited, so the input itself caps this: ~41 fps over a 20-person graph here (printed under the
//   table as the input ceiling).
// - "scripted": the viewport changed by code in a rAF loop (cy.panBy + cy.zoom, as fly-to and
//   fit do) for 3 s. Cytoscape then draws from its layer textures (images of many elements, built
//   in idle time), so this is fast once they exist and slow right after a restyle. Reported as
//   the median frame time.
// Then (ours only) the role filter set to journalists and cleared through the toolbar, each timed
// to the counts line updated + two frames.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { seededRandom } from '../src/main/core/graph/random';
import { savePositions } from '../src/main/core/db/graph-view';
import { Network } from '../src/main/core/network';
import { startServe } from '../e2e/serve-fixture';

const root = join(import.meta.dirname, '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1400, height: 900 };
const PAN_ZOOM_MS = 3000;
/** Each gesture (drag-pan, then wheel-zoom) lasts about this long. */
const GESTURE_MS = 2000;
const FIRST_PAINT_TIMEOUT = 60_000;
/** The first open of a network without positions waits for fcose; capped, as it can take minutes. */
const FIRST_LAYOUT_CAP = Number(process.env.RENDER_BENCH_LAYOUT_CAP_MS ?? 240_000);
const COMMUNITIES = 12;
const PEER_ORIGIN = 'http://peer.bench.invalid';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const viaCli = argv.includes('--sample-cli');
const firstLayout = argv.includes('--first-layout');
const profileAt = argv.includes('--profile') ? argv[argv.indexOf('--profile') + 1] : undefined;
const onlySizes = argv.includes('--people') ? (argv[argv.indexOf('--people') + 1] ?? '').split(',').map(Number) : undefined;
const SIZES = onlySizes ?? (quick ? [2000] : [2000, 5000, 10000]);
/** Ties per person, as the issue states the sizes (2k/8k, 5k/20k, 10k/40k). */
const TIES_PER_PERSON = 4;

// ---------------------------------------------------------------------------------------------
// The networks

const ROLES = ['cmo', 'peer', 'analyst', 'journalist', 'consultant', 'cio', 'expert', 'other'] as const;
const KINDS: Array<[kind: string, channel: string]> = [
  ['mention', 'x'], ['reply', 'x'], ['repost', 'x'], ['like', 'x'], ['quote', 'x'],
  ['comment', 'linkedin'], ['like', 'linkedin'], ['message', 'linkedin'], ['message', 'email'], ['met', 'in_person'],
];

/** Positions as a previous layout would have saved them: one sunflower disc per community. */
function communityPositions(ids: number[]): Array<{ id: number; x: number; y: number }> {
  const spacing = 22;
  const perCommunity = Math.ceil(ids.length / COMMUNITIES);
  const ring = (spacing * Math.sqrt(perCommunity) * 1.1 * COMMUNITIES * 2.2) / (2 * Math.PI);
  return ids.map((id, i) => {
    const c = i % COMMUNITIES;
    const k = Math.floor(i / COMMUNITIES);
    const angle = (2 * Math.PI * c) / COMMUNITIES;
    const r = spacing * Math.sqrt(k + 0.5);
    const theta = k * 2.399963229728653;
    return { id, x: ring * Math.cos(angle) + r * Math.cos(theta), y: ring * Math.sin(angle) + r * Math.sin(theta) };
  });
}

/** Writes the network with exactly `ties` distinct sender→recipient pairs; with `positions`, also
 * a saved layout (so that opening it draws at once). Returns the number of interactions written. */
function writeNetwork(file: string, people: number, ties: number, positions: boolean): number {
  const random = seededRandom(people * 7919 + ties); // every run draws the same networks
  const network = Network.create(file, { sample: false });
  let written = 0;
  try {
    const { db } = network;
    const now = new Date().toISOString();
    db.transaction(() => {
      const person = db.prepare('INSERT INTO person (name, role, is_me, tags, created_at) VALUES (?, ?, ?, ?, ?)');
      const ids: number[] = [];
      for (let i = 0; i < people; i++) {
        const role = ROLES[Math.floor(random() * ROLES.length)] as string;
        ids.push(Number(person.run(i === 0 ? 'Moi Bench' : `Person ${i}`, role, i === 0 ? 1 : 0, '[]', now).lastInsertRowid));
      }
      const communities = COMMUNITIES;
      const interaction = db.prepare('INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, external_id) VALUES (?, ?, ?, ?, ?, ?)');
      const end = Date.parse('2026-06-30T00:00:00Z');
      const span = 3 * 365 * 86_400_000;
      const pairs = new Set<number>();
      while (pairs.size < ties) {
        // Senders: a few very active people, a long tail (index ~ N r²).
        const from = Math.floor(people * random() ** 2);
        let to: number;
        do {
          if (random() < 0.75) {
            const c = from % communities;
            const size = Math.ceil((people - c) / communities);
            to = c + communities * Math.floor(size * random() ** 1.5);
          } else to = Math.floor(people * random());
        } while (to === from || to >= people);
        pairs.add(from * people + to);
        const [kind, channel] = KINDS[Math.floor(random() * KINDS.length)] as [string, string];
        const at = new Date(end - Math.floor(random() * span)).toISOString();
        interaction.run(ids[from], ids[to], kind, channel, at, `bench:${written++}`);
      }
      if (positions) savePositions(db, communityPositions(ids));
    })();
  } finally {
    network.close();
  }
  return written;
}

function sampleViaCli(file: string, people: number, interactions: number): number {
  const r = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, 'sample', '--people', String(people), '--interactions', String(interactions)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`maillage sample --people ${people} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  return interactions;
}

// ---------------------------------------------------------------------------------------------
// In the page (these functions are serialised by Playwright: no closures over this module)

/** What the page code reads. This project's node tsconfig has no DOM lib, hence these few types. */
interface PageGlobals {
  __maillageCy?: Core;
  /** When the picture reached the screen (page clock, ms); set by PICTURE_CLOCK. */
  __pictureOnScreenAt?: number;
  __peerCy?: Core;
  __viewportFrames?: { frames: Array<[t: number, moved: boolean]>; stop: boolean };
  cytoscape?: (options: unknown) => Core;
  requestAnimationFrame: (callback: (t: number) => void) => number;
  document: { querySelector: (selector: string) => PageElement | null };
}
interface PageElement {
  getBoundingClientRect: () => { x: number; y: number; width: number; height: number };
  getContext: (kind: string) => WebGl | null;
}
interface WebGl {
  getExtension: (name: string) => { UNMASKED_RENDERER_WEBGL: number } | null;
  getParameter: (p: number) => unknown;
  RENDERER: number;
}
interface Renderer {
  name?: string;
  webgl?: boolean;
}
type Which = '__maillageCy' | '__peerCy';

interface FrameStats {
  frames: number;
  ms: number;
  medianFrame: number;
  p95Frame: number;
  meanFps: number;
}

/** Pans and zooms `cy` by code in a rAF loop for `duration` ms; returns the rAF-to-rAF intervals. */
function panZoomInPage([which, duration]: [Which, number]): Promise<number[]> {
  const w = globalThis as unknown as PageGlobals;
  const cy = w[which] as Core;
  const base = cy.zoom();
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const intervals: number[] = [];
  return new Promise((resolve) => {
    w.requestAnimationFrame((start) => {
      let last = start;
      const step = (t: number) => {
        intervals.push(t - last);
        last = t;
        const e = t - start;
        cy.panBy({ x: 6 * Math.cos(e / 400), y: 4 * Math.sin(e / 400) });
        cy.zoom({ level: base * (1 + 0.6 * Math.sin(e / 500)), renderedPosition: centre }); // 0.4× … 1.6× the fitted zoom
        if (e < duration || intervals.length < 3) w.requestAnimationFrame(step); // ≥ 2 measured frames
        else resolve(intervals);
      };
      w.requestAnimationFrame(step);
    });
  });
}

/** Starts recording, at every animation frame, whether the viewport moved since the last one. */
function recordViewportFrames(which: Which): void {
  const w = globalThis as unknown as PageGlobals;
  const cy = w[which] as Core;
  const record: NonNullable<PageGlobals['__viewportFrames']> = { frames: [], stop: false };
  w.__viewportFrames = record;
  let last = '';
  const step = (t: number) => {
    const pan = cy.pan();
    const now = `${cy.zoom()} ${pan.x} ${pan.y}`;
    record.frames.push([t, now !== last]);
    last = now;
    if (!record.stop) w.requestAnimationFrame(step);
  };
  w.requestAnimationFrame(step);
}

function stopViewportFrames(): Array<[number, boolean]> {
  const w = globalThis as unknown as PageGlobals;
  const record = w.__viewportFrames as NonNullable<PageGlobals['__viewportFrames']>;
  record.stop = true;
  return record.frames;
}

function twoFrames(): Promise<void> {
  const w = globalThis as unknown as PageGlobals;
  return new Promise((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve())));
}

/** Which renderer draws, and on what (the WebGL context's renderer string, e.g. SwiftShader). */
function rendererInPage(which: Which): { name: string; webgl: boolean; gl: string } {
  const w = globalThis as unknown as PageGlobals;
  const cy = w[which] as Core & { renderer: () => Renderer };
  const r = cy.renderer();
  let gl = '';
  const canvas = w.document.querySelector('canvas[data-id$="-webgl"]');
  const ctx = canvas?.getContext('webgl2');
  if (ctx) {
    const info = ctx.getExtension('WEBGL_debug_renderer_info');
    gl = String(ctx.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : ctx.RENDERER));
  }
  return { name: r.name ?? 'canvas', webgl: Boolean(r.webgl), gl };
}

/** Added to every page: records on the page's clock the animation frame after the graph container
 * first says data-picture="shown" (a frame that starts after the attribute is set paints it). */
const PICTURE_CLOCK = `new MutationObserver((changes, observer) => {
  for (const c of changes) {
    if (c.target.getAttribute && c.target.getAttribute('data-picture') === 'shown') {
      observer.disconnect();
      requestAnimationFrame(() => { globalThis.__pictureOnScreenAt = performance.now(); });
      return;
    }
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-picture'] });`;

const movedFps = (s: FrameStats) => s.meanFps;
const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toPrecision(3);

function stats(intervals: number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const ms = intervals.reduce((s, x) => s + x, 0);
  return { frames: intervals.length, ms, medianFrame: at(0.5), p95Frame: at(0.95), meanFps: (1000 * intervals.length) / ms };
}

/** The intervals between successive frames in which the viewport moved. */
function movedIntervals(frames: Array<[number, boolean]>): number[] {
  const moved = frames.filter(([, m]) => m).map(([t]) => t);
  return moved.slice(1).map((t, i) => t - (moved[i] as number));
}

// ---------------------------------------------------------------------------------------------
// Measurements shared by ours and the peer

/** A user's pan and zoom through real input events: a drag on the background in a circle, then
 * wheel turns in and out around the centre. Each event is awaited (Chromium acknowledges it after
 * the next frame: 17 ms on an empty page here; inputCeiling measures what that allows). Returns the
 * intervals between the frames that moved the viewport, drag and wheel together. */
async function gesture(page: Page, which: Which, box: { x: number; y: number; width: number; height: number }): Promise<FrameStats> {
  // The fitted drawing keeps a 30 px margin: a corner is background, so the drag pans.
  const start = { x: box.x + 12, y: box.y + 12 };
  await page.mouse.move(start.x, start.y);
  await page.evaluate(recordViewportFrames, which);
  await page.mouse.down();
  let t0 = performance.now();
  for (let i = 1; performance.now() - t0 < GESTURE_MS || i < 4; i++) {
    await page.mouse.move(start.x + 120 * Math.sin(i / 8), start.y + 80 * (1 - Math.cos(i / 8)));
  }
  await page.mouse.up();
  const drag = movedIntervals(await page.evaluate(stopViewportFrames));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(recordViewportFrames, which);
  t0 = performance.now();
  for (let i = 0; performance.now() - t0 < GESTURE_MS || i < 4; i++) await page.mouse.wheel(0, Math.floor(i / 6) % 2 === 0 ? -40 : 40);
  const wheel = movedIntervals(await page.evaluate(stopViewportFrames));
  return stats([...drag, ...wheel]);
}

async function redraw(page: Page, which: Which): Promise<FrameStats> {
  const intervals = await page.evaluate(panZoomInPage, [which, PAN_ZOOM_MS] as [Which, number]);
  return stats(intervals.slice(1)); // the first interval is before any viewport change
}

/** Profiles `body` with the Chrome DevTools Protocol; saves DIR/name.cpuprofile when --profile. */
async function profiled<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  if (!profileAt) return body();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await body();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(profileAt, { recursive: true });
    writeFileSync(join(profileAt, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}

// ---------------------------------------------------------------------------------------------
// One network size

interface Side {
  /** Ours only: page.goto → the picture on screen; null when none was shown. */
  firstPicture?: number | null;
  /** page.goto → interactive (ours); elements handed over → drawn (the peer). */
  firstPaint: number;
  gesture: FrameStats;
  redraw: FrameStats;
}

/** A filter applied and cleared through the toolbar (ours only): ms from the choice to the frame
 * after the counts line changed. */
interface FilterTimes {
  apply: number;
  clear: number;
}

interface Row {
  people: number;
  edges: number;
  interactions: number;
  ours: Side;
  peer: Side;
  filter: FilterTimes;
  /** The first open, when measured: fcose in its worker; null when it passed the cap. */
  layout?: { nodesAt: number; firstPaint: number } | null;
  renderer: { name: string; webgl: boolean; gl: string };
  canvas: { width: number; height: number };
}

/** Resolves once NetworkPage has applied the positions (saved or laid out) and fitted the view in
 * Cytoscape, and Cytoscape has replaced the picture shown meanwhile, if any. */
async function layoutDone(page: Page, people: number, timeout: number): Promise<void> {
  await page.locator('[data-testid="network-canvas"][data-layout="done"]:not([data-picture="shown"]):not([data-picture="pending"])').waitFor({ timeout });
  const nodes = await page.evaluate(() => (globalThis as unknown as PageGlobals).__maillageCy?.nodes().length);
  if (nodes !== people) throw new Error(`the drawing holds ${nodes} people, not ${people}`);
}

async function canvasBox(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = (el as unknown as PageElement).getBoundingClientRect();
    return { x: r.x, y: r.y, width: Math.round(r.width), height: Math.round(r.height) };
  });
}

/** Opens the app on a network whose positions are saved: goto → the picture on screen, and goto →
 * data-layout="done" with the picture replaced → 2 frames (interactive). */
async function measureOurs(page: Page, url: string, people: number, name: string) {
  let firstPicture: number | null = null;
  const firstPaint = await profiled(page, `${name}-first-paint`, async () => {
    const t0 = performance.now();
    await page.goto(url);
    await layoutDone(page, people, FIRST_PAINT_TIMEOUT);
    await page.evaluate(twoFrames);
    const interactive = performance.now() - t0;
    const shownAt = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals & { performance: { timeOrigin: number } };
      return w.__pictureOnScreenAt === undefined ? null : w.performance.timeOrigin + w.__pictureOnScreenAt;
    });
    if (shownAt !== null) firstPicture = shownAt - (performance.timeOrigin + t0);
    return interactive;
  });
  if (profileAt) await page.screenshot({ path: join(profileAt, `${name}-first-paint.png`) });
  const renderer = await page.evaluate(rendererInPage, '__maillageCy' as const);
  const box = await canvasBox(page, '[data-testid="network-canvas"]');
  await page.waitForTimeout(500); // let pending work (the scores fetch, restyle) land
  const gestureStats = await profiled(page, `${name}-gesture`, () => gesture(page, '__maillageCy', box));
  await page.waitForTimeout(500); // the full redraw after the gesture
  const redrawStats = await profiled(page, `${name}-redraw`, () => redraw(page, '__maillageCy'));
  // The same elements (data + positions) and the same stylesheet, for the peer; the fitted view.
  const exported = await page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).__maillageCy as Core;
    const elements = cy.elements().map((el): ElementDefinition => {
      const json = el.json() as ElementDefinition;
      return el.isNode() ? { group: 'nodes', data: json.data, position: json.position } : { group: 'edges', data: json.data };
    });
    cy.fit(undefined, 30);
    return { elements, style: (cy.style() as unknown as { json: () => StylesheetJson }).json(), zoom: cy.zoom(), pan: cy.pan() };
  });
  const side: Side = { firstPicture, firstPaint, gesture: gestureStats, redraw: redrawStats };
  const filter = await profiled(page, `${name}-filter`, () => filterTimes(page));
  return { side, filter, renderer, canvas: { width: box.width, height: box.height }, exported };
}

/** The role filter set to journalists, then cleared: each timed until the counts line shows the
 * change and two frames are drawn (NetworkPage toggles a class in one batch; nothing is rebuilt). */
async function filterTimes(page: Page): Promise<FilterTimes> {
  const role = page.getByRole('combobox', { name: 'Role' });
  const stats = page.getByTestId('network-stats');
  let t0 = performance.now();
  await role.selectOption('journalist');
  await stats.filter({ hasText: 'shown' }).waitFor();
  await page.evaluate(twoFrames);
  const apply = performance.now() - t0;
  t0 = performance.now();
  await role.selectOption('');
  await stats.filter({ hasNotText: 'shown' }).waitFor();
  await page.evaluate(twoFrames);
  return { apply, clear: performance.now() - t0 };
}

/** Opens the app on a network without positions (its first open): goto → every node in → fcose's
 * positions applied in the worker and fitted (data-layout="done") → 2 frames. Null past the cap. */
async function measureFirstLayout(page: Page, url: string, people: number): Promise<{ nodesAt: number; firstPaint: number } | null> {
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).__maillageCy?.nodes().length === n, people, { timeout: FIRST_PAINT_TIMEOUT, polling: 'raf' });
  const nodesAt = performance.now() - t0;
  try {
    await layoutDone(page, people, FIRST_LAYOUT_CAP);
  } catch {
    return null;
  }
  await page.evaluate(twoFrames);
  return { nodesAt, firstPaint: performance.now() - t0 };
}

function peerHtml(width: number, height: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>peer</title>
<style>html,body{margin:0;padding:0;background:#fff}#cy{width:${width}px;height:${height}px}</style>
<script src="${PEER_ORIGIN}/cytoscape.min.js"></script></head><body><div id="cy"></div></body></html>`;
}

type Exported = Awaited<ReturnType<typeof measureOurs>>['exported'];

async function measurePeer(page: Page, canvas: { width: number; height: number }, exported: Exported): Promise<Side> {
  const firstPaint = await measurePeerPage(page, canvas, exported);
  await page.waitForTimeout(500);
  const renderer = await page.evaluate(rendererInPage, '__peerCy' as const);
  if (renderer.webgl) throw new Error('the peer should draw with the canvas renderer');
  const box = await canvasBox(page, '#cy');
  const gestureStats = await gesture(page, '__peerCy', box);
  await page.waitForTimeout(500);
  return { firstPaint, gesture: gestureStats, redraw: await redraw(page, '__peerCy') };
}

/** Opens the peer page and draws `exported` with plain Cytoscape; returns the time to draw it. */
async function measurePeerPage(page: Page, canvas: { width: number; height: number }, exported: Pick<Exported, 'elements' | 'style' | 'zoom' | 'pan'>): Promise<number> {
  const script = readFileSync(join(root, 'node_modules/cytoscape/dist/cytoscape.min.js'));
  await page.route(`${PEER_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/cytoscape.min.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    if (path === '/' || path === '/peer.html') return route.fulfill({ contentType: 'text/html', body: peerHtml(canvas.width, canvas.height) });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${PEER_ORIGIN}/peer.html`);
  const t0 = performance.now();
  await page.evaluate((x) => {
    const w = globalThis as unknown as PageGlobals & { document: { getElementById: (id: string) => unknown } };
    const create = w.cytoscape as (options: unknown) => Core;
    w.__peerCy = create({
      container: w.document.getElementById('cy'),
      elements: x.elements,
      style: x.style,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
    });
    w.__peerCy.viewport({ zoom: x.zoom, pan: x.pan });
  }, exported);
  await page.evaluate(twoFrames);
  return performance.now() - t0; // the same elements handed over, drawn: no fetch, no layout
}

/** The same gesture over a tiny graph on the peer page: how many frames a second the input
 * itself allows in this browser (each event is awaited), i.e. the best a renderer can score here. */
async function inputCeiling(browser: Browser): Promise<FrameStats> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    const page = await context.newPage();
    const elements: ElementDefinition[] = Array.from({ length: 20 }, (_, i) => ({ group: 'nodes', data: { id: String(i) }, position: { x: 60 * (i % 5), y: 60 * Math.floor(i / 5) } }));
    await measurePeerPage(page, { width: VIEWPORT.width, height: 744 }, { elements, style: [], zoom: 1, pan: { x: 600, y: 300 } });
    return await gesture(page, '__peerCy', await canvasBox(page, '#cy'));
  } finally {
    await context.close();
  }
}

async function withServer<T>(browser: Browser, file: string, body: (page: Page, url: string) => Promise<T>): Promise<T> {
  // The serve host exactly as the e2e suite starts it, on the network file written above.
  const server = await startServe(['--db', file]);
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx (esbuild, keepNames) wraps this file's inner functions in __name(…): define it for the page code.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript({ content: PICTURE_CLOCK });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      return await body(page, server.url);
    } catch (error) {
      throw new Error(`${(error as Error).message}\npage errors: ${errors.join('\n') || 'none'}`, { cause: error });
    }
  } finally {
    await context.close().catch(() => undefined); // already gone if the browser crashed
    await server.stop();
  }
}

/** Writes the network for `people`; returns the number of interactions written. */
function writeInput(file: string, people: number, positions: boolean): number {
  const t = performance.now();
  let interactions: number;
  if (viaCli) {
    interactions = sampleViaCli(file, people, TIES_PER_PERSON * people);
    if (positions) {
      const network = Network.open(file);
      try {
        const ids = (network.db.prepare('SELECT id FROM person ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
        savePositions(network.db, communityPositions(ids));
      } finally {
        network.close();
      }
    }
  } else interactions = writeNetwork(file, people, TIES_PER_PERSON * people, positions);
  console.error(`  ${people} people: network written${positions ? ' with saved positions' : ''} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return interactions;
}

const describe = (s: Side) => `${s.firstPicture === undefined ? '' : `first picture ${s.firstPicture === null ? '—' : f0(s.firstPicture)} ms, `}interactive ${f0(s.firstPaint)} ms, gesture ${f1(movedFps(s.gesture))} fps (p95 ${f0(s.gesture.p95Frame)} ms), scripted ${f0(s.redraw.medianFrame)} ms/frame`;

async function measure(browser: Browser, work: string, people: number): Promise<Row> {
  const file = join(work, `net-${people}.maillage`);
  const interactions = writeInput(file, people, true);
  const { ours, peer } = await withServer(browser, file, async (page, url) => {
    const ours = await measureOurs(page, url, people, `ours-${people}`);
    console.error(`  ${people} people: ours ${describe(ours.side)}, role filter ${f0(ours.filter.apply)} / cleared ${f0(ours.filter.clear)} ms (${ours.renderer.webgl ? 'WebGL' : 'canvas'})`);
    await page.close();
    const peerPage = await page.context().newPage();
    const peer = await measurePeer(peerPage, ours.canvas, ours.exported);
    console.error(`  ${people} people: canvas peer ${describe(peer)}`);
    return { ours, peer };
  });
  rmSync(file, { force: true });
  let layout: Row['layout'];
  if (firstLayout) {
    const fresh = join(work, `fresh-${people}.maillage`);
    writeInput(fresh, people, false);
    layout = await withServer(browser, fresh, (page, url) => measureFirstLayout(page, url, people));
    console.error(`  ${people} people: first open (fcose) ${layout ? `${f0(layout.firstPaint)} ms` : `> ${FIRST_LAYOUT_CAP / 1000} s`}`);
    rmSync(fresh, { force: true });
  }
  const edges = ours.exported.elements.filter((e) => e.group === 'edges').length;
  return { people, edges, interactions, ours: ours.side, peer, filter: ours.filter, layout, renderer: ours.renderer, canvas: ours.canvas };
}

// ---------------------------------------------------------------------------------------------

function table(rows: Row[]): string {
  const lines = [
    '| people | edges | first picture ours (ms) | interactive ours (ms) | interactive peer (ms) | gesture fps ours (p95 frame ms) | gesture fps peer (p95 frame ms) | scripted pan/zoom ms/frame ours | … peer | role filter on / off ours (ms) | renderer used |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const used = r.renderer.webgl ? `WebGL (${r.renderer.gl || 'unknown GL'})` : 'canvas 2D';
    const g = (s: FrameStats) => `${f2(movedFps(s))} (${f0(s.p95Frame)})`;
    lines.push(
      `| ${r.people.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.ours.firstPicture == null ? '—' : f0(r.ours.firstPicture)} | ${f0(r.ours.firstPaint)} | ${f0(r.peer.firstPaint)} | ${g(r.ours.gesture)} | ${g(r.peer.gesture)} | ${f0(r.ours.redraw.medianFrame)} | ${f0(r.peer.redraw.medianFrame)} | ${f0(r.filter.apply)} / ${f0(r.filter.clear)} | ${used} |`,
    );
  }
  if (rows.some((r) => r.layout !== undefined)) {
    lines.push('', '| people | first open: every node in (ms) | fcose positions applied, fitted and drawn (ms) |', '|---:|---:|---:|');
    for (const r of rows) {
      if (r.layout === undefined) continue;
      lines.push(`| ${r.people.toLocaleString('en')} | ${r.layout ? f0(r.layout.nodesAt) : '—'} | ${r.layout ? f0(r.layout.firstPaint) : `> ${f0(FIRST_LAYOUT_CAP)} (cap)`} |`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'maillage-render-bench-'));
  const load: number[][] = [loadavg()];
  const started = performance.now();
  let browser: Browser | undefined;
  let version: string | undefined;
  let closing = false;
  const rows: Row[] = [];
  let ceiling: FrameStats | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    version = browser.version();
    browser.on('disconnected', () => closing || console.error('  Chromium disconnected (crashed?)'));
    console.error(`Chromium ${version}; networks written ${viaCli ? 'by `maillage sample`' : 'by this bench'}; viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
    ceiling = await inputCeiling(browser);
    for (const people of SIZES) {
      rows.push(await measure(browser, work, people));
      load.push(loadavg());
    }
  } finally {
    closing = true;
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  }
  const c = rows[0]?.canvas;
  console.log(`\n## Network view: first picture, interactive, and pan/zoom (Chromium ${version ?? '?'}, headless, --disable-gpu${firstLayout ? '' : '; first open with fcose not measured: --first-layout'})\n`);
  console.log(table(rows));
  console.log(
    `\nPositions saved in the file (a reopened network). First picture (ours): page.goto → the frame that shows the picture of the network painted while Cytoscape is built (not interactive). ` +
      `Interactive: ours page.goto → Cytoscape has every node, the saved positions and the fitted view, and has drawn (the picture replaced) + 2 frames; ` +
      `the peer: its elements handed to plain Cytoscape in an already loaded page → drawn + 2 frames (no page load, no fetch). ` +
      `Gesture fps: frames that moved the viewport per second, during ${GESTURE_MS / 1000} s of mouse drag then ${GESTURE_MS / 1000} s of wheel turns (real input events, each awaited). ` +
      `Scripted: median frame time while code pans and zooms (0.4×–1.6× the fitted zoom) for ${PAN_ZOOM_MS / 1000} s. ` +
      `Role filter: journalists only, then all roles, from the choice to the counts line updated + 2 frames. ` +
      `Drawing area ${c ? `${c.width}×${c.height}` : '?'} px for both; interactions written: ${rows.map((r) => r.interactions.toLocaleString('en')).join(', ')}.`,
  );
  console.log(`Input ceiling: the same gesture over 20 people draws ${ceiling ? f1(movedFps(ceiling)) : '?'} fps (median interval ${ceiling ? f0(ceiling.medianFrame) : '?'} ms) — the most this method can show.`);
  console.log(`Median gesture frame interval (ms): ${rows.map((r) => `${r.people}: ours ${f0(r.ours.gesture.medianFrame)}, peer ${f0(r.peer.gesture.medianFrame)}`).join('; ')}.`);
  console.log(`Load average (1 min) at start and after each size: ${load.map((l) => (l[0] as number).toFixed(2)).join(' → ')} on ${availableParallelism()} cores; wall ${f0((performance.now() - started) / 1000)} s.`);
}

await main();
