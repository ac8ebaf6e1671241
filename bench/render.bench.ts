// Times the Network view on large networks in Debian's Chromium, through `maillage serve` (the
// real renderer and services on loopback): the first paint of the whole network, then
// programmatic pan + zoom for 3 s while counting frames — against a peer measured in the same run
// on the same elements, positions and stylesheet: plain Cytoscape.js with its default canvas
// renderer (no WebGL) in a minimal page served by page.route. Prints a markdown table.
//
//   npm run bench:render        (= npm exec -- node --import tsx bench/render.bench.ts)
//   … bench/render.bench.ts --quick          (2,000 people only: a smoke run)
//   … bench/render.bench.ts --first-layout   (also the first open of a network without positions)
//   … bench/render.bench.ts --sample-cli     (write the networks with `maillage sample`, see below)
//
// Build the renderer first (`npm run -s build`): serve hands out out/renderer.
//
// The networks (people N, interactions 10 N) are written into temp files and deleted after. By
// default this file writes them itself (a seeded generator: 12 communities, preferential senders,
// 75% of interactions inside the community) because `maillage sample` cannot write them yet: its
// name pool holds 3,600 distinct names (so --people 5000 never ends) and its X handles are cut to
// 15 characters (so --people 2000 fails on UNIQUE(handle.kind, handle.value)). --sample-cli uses
// the command instead, for when it can.
//
// "First paint" (the table's main column) opens a network whose positions are saved — every open
// but the first: page.goto → every node in __maillageCy → a fitted, non-degenerate drawing → two
// animation frames. The first open (--first-layout) waits for fcose in the layout worker: minutes
// on this machine even at 2,000 people, hence opt-in and capped (RENDER_BENCH_LAYOUT_CAP_MS).
// NetworkPage has no layoutstop event nor data attribute for its worker layout; the signal used is
// the positions:save call it makes right after applying the positions and fitting.
// Frame times are the intervals between requestAnimationFrame callbacks while a rAF loop pans and
// zooms (at least 2 measured frames, however slow).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { savePositions } from '../src/main/core/graph-view';
import { Network } from '../src/main/core/network';

const root = join(import.meta.dirname, '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1400, height: 900 };
const PAN_ZOOM_MS = 3000;
const FIRST_PAINT_TIMEOUT = 60_000;
/** The first open of a network without positions waits for fcose; capped, as it can take minutes. */
const FIRST_LAYOUT_CAP = Number(process.env.RENDER_BENCH_LAYOUT_CAP_MS ?? 240_000);
const COMMUNITIES = 12;
const PEER_ORIGIN = 'http://peer.bench.invalid';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const viaCli = argv.includes('--sample-cli');
const firstLayout = argv.includes('--first-layout');
const SIZES = quick ? [2000] : [2000, 5000, 10000];

// ---------------------------------------------------------------------------------------------
// The networks

/** mulberry32: a small seeded PRNG, so every run draws the same networks. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Writes the network; with `positions`, also a saved layout (so that opening it draws at once). */
function writeNetwork(file: string, people: number, interactions: number, positions: boolean): void {
  const random = prng(people * 7919 + interactions);
  const network = Network.create(file, { sample: false });
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
      for (let i = 0; i < interactions; i++) {
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
        const [kind, channel] = KINDS[Math.floor(random() * KINDS.length)] as [string, string];
        const at = new Date(end - Math.floor(random() * span)).toISOString();
        interaction.run(ids[from], ids[to], kind, channel, at, `bench:${i}`);
      }
      if (positions) savePositions(db, communityPositions(ids));
    })();
  } finally {
    network.close();
  }
}

function sampleViaCli(file: string, people: number, interactions: number): void {
  const r = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, 'sample', '--people', String(people), '--interactions', String(interactions)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`maillage sample --people ${people} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
}

// ---------------------------------------------------------------------------------------------
// The serve host (as e2e/serve-fixture.ts starts it, on an existing network file)

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function startServe(dbFile: string, dataDir: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['bin/maillage.mjs', '--db', dbFile, 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, MAILLAGE_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`maillage serve did not start in 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`maillage serve exited with ${code}:\n${output}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// In the page (these functions are serialised by Playwright: no closures over this module)

/** What the page code reads. This project's node tsconfig has no DOM lib, hence these few types. */
interface PageGlobals {
  __maillageCy?: Core;
  __peerCy?: Core;
  cytoscape?: (options: unknown) => Core;
  requestAnimationFrame: (callback: (t: number) => void) => number;
  document: { querySelector: (selector: string) => PageElement | null };
}
interface PageElement {
  getBoundingClientRect: () => { width: number; height: number };
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

interface FrameStats {
  frames: number;
  ms: number;
  medianFrame: number;
  p95Frame: number;
  meanFps: number;
  zoomRange: [number, number];
}

/** Pans and zooms `cy` in a rAF loop for `duration` ms; returns the rAF-to-rAF intervals. */
function panZoomInPage([which, duration]: ['__maillageCy' | '__peerCy', number]): Promise<{ intervals: number[]; zoomRange: [number, number] }> {
  const w = globalThis as unknown as PageGlobals;
  const cy = w[which] as Core;
  const base = cy.zoom();
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const intervals: number[] = [];
  let lo = base;
  let hi = base;
  return new Promise((resolve) => {
    w.requestAnimationFrame((start) => {
      let last = start;
      const step = (t: number) => {
        intervals.push(t - last);
        last = t;
        const e = t - start;
        cy.panBy({ x: 6 * Math.cos(e / 400), y: 4 * Math.sin(e / 400) });
        const level = base * (1 + 0.6 * Math.sin(e / 500)); // 0.4× … 1.6× the fitted zoom
        cy.zoom({ level, renderedPosition: centre });
        lo = Math.min(lo, cy.zoom());
        hi = Math.max(hi, cy.zoom());
        if (e < duration || intervals.length < 3) w.requestAnimationFrame(step); // ≥ 2 measured frames
        else resolve({ intervals, zoomRange: [lo, hi] });
      };
      w.requestAnimationFrame(step);
    });
  });
}

function twoFrames(): Promise<void> {
  const w = globalThis as unknown as PageGlobals;
  return new Promise((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve())));
}

/** Which renderer draws, and on what (the WebGL context's renderer string, e.g. SwiftShader). */
function rendererInPage(which: '__maillageCy' | '__peerCy'): { name: string; webgl: boolean; gl: string } {
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

const fps = (s: FrameStats) => 1000 / s.medianFrame;
const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toPrecision(3);

function stats(intervals: number[], zoomRange: [number, number]): FrameStats {
  const frames = intervals.slice(1); // the first interval is before any viewport change
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const ms = frames.reduce((s, x) => s + x, 0);
  return { frames: frames.length, ms, medianFrame: at(0.5), p95Frame: at(0.95), meanFps: (1000 * frames.length) / ms, zoomRange };
}

// ---------------------------------------------------------------------------------------------
// One network size

interface Row {
  people: number;
  edges: number;
  interactions: number;
  /** Opening the network with its positions saved (every open but the first). */
  firstPaint: number;
  /** The first open, when measured: fcose in its worker; null when it passed the cap. */
  layout?: { nodesAt: number; layoutAt: number; firstPaint: number } | null;
  /** The peer page: cytoscape() on the exported elements (positions given) until drawn. */
  peerFirstPaint: number;
  ours: FrameStats;
  peer: FrameStats;
  renderer: { name: string; webgl: boolean; gl: string };
  canvas: { width: number; height: number };
}

/** Opens the app on a network whose positions are saved: goto → every node in → fitted → 2 frames. */
async function measureOurs(page: Page, url: string, people: number) {
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).__maillageCy?.nodes().length === n, people, { timeout: FIRST_PAINT_TIMEOUT, polling: 'raf' });
  // Saved positions: the drawing is fitted around them, no layout runs.
  await page.waitForFunction(
    () => {
      const bb = (globalThis as unknown as PageGlobals).__maillageCy?.nodes().boundingBox();
      return bb !== undefined && bb.w > 100 && bb.h > 100;
    },
    undefined,
    { timeout: FIRST_PAINT_TIMEOUT, polling: 'raf' },
  );
  await page.evaluate(twoFrames);
  const firstPaint = performance.now() - t0;
  const renderer = await page.evaluate(rendererInPage, '__maillageCy' as const);
  const canvas = await page.getByTestId('network-canvas').evaluate((el) => {
    const r = (el as unknown as PageElement).getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  await page.waitForTimeout(500); // let pending work (the scores fetch, restyle) land
  const run = await page.evaluate(panZoomInPage, ['__maillageCy', PAN_ZOOM_MS] as ['__maillageCy', number]);
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
  return { firstPaint, renderer, canvas, ours: stats(run.intervals, run.zoomRange), exported };
}

/** Opens the app on a network without positions (its first open): goto → every node in → the
 * worker's fcose positions applied and fitted (the positions:save call) → 2 frames. Null past the cap. */
async function measureFirstLayout(page: Page, url: string, people: number): Promise<{ nodesAt: number; layoutAt: number; firstPaint: number } | null> {
  const saved = page.waitForRequest((r) => r.url().includes('/api/call/positions:save'), { timeout: FIRST_LAYOUT_CAP });
  saved.catch(() => undefined);
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).__maillageCy?.nodes().length === n, people, { timeout: FIRST_PAINT_TIMEOUT, polling: 'raf' });
  const nodesAt = performance.now() - t0;
  try {
    await saved;
  } catch {
    return null;
  }
  const layoutAt = performance.now() - t0;
  await page.waitForFunction(
    () => {
      const bb = (globalThis as unknown as PageGlobals).__maillageCy?.nodes().boundingBox();
      return bb !== undefined && bb.w > 100 && bb.h > 100;
    },
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate(twoFrames);
  return { nodesAt, layoutAt, firstPaint: performance.now() - t0 };
}

function peerHtml(width: number, height: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>peer</title>
<style>html,body{margin:0;padding:0;background:#fff}#cy{width:${width}px;height:${height}px}</style>
<script src="${PEER_ORIGIN}/cytoscape.min.js"></script></head><body><div id="cy"></div></body></html>`;
}

async function measurePeer(page: Page, canvas: { width: number; height: number }, exported: Awaited<ReturnType<typeof measureOurs>>['exported']) {
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
  const firstPaint = performance.now() - t0; // the same elements handed over, drawn: no fetch, no layout
  await page.waitForTimeout(500);
  const renderer = await page.evaluate(rendererInPage, '__peerCy' as const);
  if (renderer.webgl) throw new Error('the peer should draw with the canvas renderer');
  const run = await page.evaluate(panZoomInPage, ['__peerCy', PAN_ZOOM_MS] as ['__peerCy', number]);
  return { firstPaint, frames: stats(run.intervals, run.zoomRange) };
}

async function withServer<T>(browser: Browser, work: string, file: string, body: (page: Page, url: string) => Promise<T>): Promise<T> {
  const server = await startServe(file, mkdtempSync(join(work, 'data-')));
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx (esbuild, keepNames) wraps this file's inner functions in __name(…): define it for the page code.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
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

function writeInput(file: string, people: number, positions: boolean): void {
  const t = performance.now();
  if (viaCli) {
    sampleViaCli(file, people, 10 * people);
    if (positions) {
      const network = Network.open(file);
      try {
        const ids = (network.db.prepare('SELECT id FROM person ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
        savePositions(network.db, communityPositions(ids));
      } finally {
        network.close();
      }
    }
  } else writeNetwork(file, people, 10 * people, positions);
  console.error(`  ${people} people: network written${positions ? ' with saved positions' : ''} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function measure(browser: Browser, work: string, people: number): Promise<Row> {
  const file = join(work, `net-${people}.maillage`);
  writeInput(file, people, true);
  const { ours, peer } = await withServer(browser, work, file, async (page, url) => {
    const ours = await measureOurs(page, url, people);
    console.error(`  ${people} people: first paint ${f0(ours.firstPaint)} ms, ours ${f1(fps(ours.ours))} fps (${ours.renderer.webgl ? 'WebGL' : 'canvas'})`);
    await page.close();
    const peerPage = await page.context().newPage();
    const peer = await measurePeer(peerPage, ours.canvas, ours.exported);
    console.error(`  ${people} people: canvas peer first paint ${f0(peer.firstPaint)} ms, ${f1(fps(peer.frames))} fps`);
    return { ours, peer };
  });
  rmSync(file, { force: true });
  let layout: Row['layout'];
  if (firstLayout) {
    const fresh = join(work, `fresh-${people}.maillage`);
    writeInput(fresh, people, false);
    layout = await withServer(browser, work, fresh, (page, url) => measureFirstLayout(page, url, people));
    console.error(`  ${people} people: first open (fcose) ${layout ? `${f0(layout.firstPaint)} ms` : `> ${FIRST_LAYOUT_CAP / 1000} s`}`);
    rmSync(fresh, { force: true });
  }
  const edges = ours.exported.elements.filter((e) => e.group === 'edges').length;
  return { people, edges, interactions: 10 * people, firstPaint: ours.firstPaint, layout, ours: ours.ours, peer: peer.frames, peerFirstPaint: peer.firstPaint, renderer: ours.renderer, canvas: ours.canvas };
}

// ---------------------------------------------------------------------------------------------


function table(rows: Row[]): string {
  const lines = [
    '| people | edges | first paint ours (ms) | first paint peer (ms) | fps ours (frames) | p95 frame ours (ms) | fps canvas peer (frames) | p95 frame peer (ms) | ratio fps ours/peer | renderer used |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const used = r.renderer.webgl ? `WebGL (${r.renderer.gl || 'unknown GL'})` : 'canvas 2D';
    lines.push(
      `| ${r.people.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${f0(r.firstPaint)} | ${f0(r.peerFirstPaint)} | ${f2(fps(r.ours))} (${r.ours.frames}) | ${f0(r.ours.p95Frame)} | ${f2(fps(r.peer))} (${r.peer.frames}) | ${f0(r.peer.p95Frame)} | ${(fps(r.ours) / fps(r.peer)).toFixed(2)} | ${used} |`,
    );
  }
  if (rows.some((r) => r.layout !== undefined)) {
    lines.push('', '| people | first open: every node in (ms) | fcose positions applied (ms) | first paint (ms) |', '|---:|---:|---:|---:|');
    for (const r of rows) {
      if (r.layout === undefined) continue;
      const cap = `> ${f0(FIRST_LAYOUT_CAP)} (cap)`;
      lines.push(`| ${r.people.toLocaleString('en')} | ${r.layout ? f0(r.layout.nodesAt) : '—'} | ${r.layout ? f0(r.layout.layoutAt) : cap} | ${r.layout ? f0(r.layout.firstPaint) : cap} |`);
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
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    version = browser.version();
    browser.on('disconnected', () => closing || console.error('  Chromium disconnected (crashed?)'));
    console.error(`Chromium ${version}; networks written ${viaCli ? 'by `maillage sample`' : 'by this bench'}; viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
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
  console.log(`\n## Network view: first paint and pan/zoom fps (Chromium ${version ?? '?'}, headless, --disable-gpu${firstLayout ? '' : '; first open with fcose not measured: --first-layout'})\n`);
  console.log(table(rows));
  console.log(
    `\nFirst paint: page.goto → every node drawn, positions saved in the file (a reopened network). ` +
      `fps = 1000 / median rAF interval during ${PAN_ZOOM_MS / 1000} s of pan+zoom (0.4×–1.6× the fitted zoom); p95 frame = the slowest 5% of frames start there. ` +
      `Drawing area ${c ? `${c.width}×${c.height}` : '?'} px for both. Ours uses WebGL above ${'3,000'} elements only on a real GPU, otherwise the canvas renderer with a viewport texture.`,
  );
  console.log(`Mean fps (frames / time): ${rows.map((r) => `${r.people}: ours ${f1(r.ours.meanFps)}, peer ${f1(r.peer.meanFps)}`).join('; ')}.`);
  console.log(`Load average (1 min) at start and after each size: ${load.map((l) => (l[0] as number).toFixed(2)).join(' → ')} on ${availableParallelism()} cores; wall ${f0((performance.now() - started) / 1000)} s.`);
}

await main();
