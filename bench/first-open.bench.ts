// Times the first open of a network in the Network view — no saved positions yet, as after the
// first import — at 300 people (the built-in sample) and 2,000 people / ~8,000 ties, for this
// version and for the previous one (main's bundle, built in a git worktree), measured in the same
// minutes, one after the other, on the same files, in Debian's Chromium through `maillage serve`.
// Prints a markdown table.
//
//   npm run bench:render                      (= node --import tsx bench/first-open.bench.ts)
//   … --previous DIR     the previous version's checkout, built (default /tmp/maillage-main):
//                        git worktree add --detach /tmp/maillage-main main
//                        (cd /tmp/maillage-main && npm ci && npm run build)
//   … --people 300       these sizes only
//   … --runs 3           runs per version and size (the median is printed)
//
// Build this version first (`npm run -s build`): serve hands out out/renderer.
//
// What is timed, from page.goto:
// - "first picture": the people are on screen at their places. This version lays the network out
//   before drawing it and shows a picture of it at once (data-picture="shown"); the previous one
//   drew everyone at one point and only showed the network once fcose had finished, so there it is
//   the same moment as the first layout.
// - "first layout": positions computed, applied and the view fitted (data-layout="done", the
//   attribute both versions set), every person in.
// - "interactive": Cytoscape's own drawing is up (data-picture "replaced", or "none" when there was
//   no picture), two frames later.
// - "layout in the worker": this version's ForceAtlas2 run alone (data-layout-ms); the previous
//   version's fcose is inside its "first layout".
// The layouts' CPU time without the page is in force-atlas.test.ts's output.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const previousDir = option('--previous') ?? process.env.RENDER_BENCH_PREVIOUS ?? '/tmp/maillage-main';
const SIZES = (option('--people') ?? '300,2000').split(',').map(Number);
const RUNS = Number(option('--runs') ?? 1);
/** The previous version's fcose takes ~34 s at 2,000 people here; past this a run is reported as "> cap". */
const CAP_MS = Number(process.env.RENDER_BENCH_LAYOUT_CAP_MS ?? 120_000);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1440, height: 900 };

interface Version {
  name: string;
  dir: string;
  commit: string;
}

interface Timing {
  /** The layout itself, in the worker (this version only: data-layout-ms). */
  worker: number | null;
  firstPicture: number | null;
  firstLayout: number | null;
  interactive: number | null;
}

function commitOf(dir: string): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}

/**
 * A network without positions: the built-in sample (300) or `maillage sample --people N
 * --interactions 4N`, written by the version that opens it (versions may differ in schema).
 */
function writeNetwork(file: string, people: number, dir: string): void {
  const args = people === 300 ? ['sample'] : ['sample', '--people', String(people), '--interactions', String(4 * people)];
  const r = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`maillage sample (${people} people) failed:\n${r.stdout}${r.stderr}`);
}

async function serve(version: Version, file: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(version.dir, 'bin/maillage.mjs'), '--db', file, 'serve', '--port', '0'], {
    cwd: version.dir,
    env: { ...process.env, MAILLAGE_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${version.name}: serve did not start:\n${output}`)), 60_000);
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
    child.once('exit', (code) => reject(new Error(`${version.name}: serve exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** ms from `start` until `predicate` holds in the page (checked every animation frame); null past the cap. */
async function until(page: Page, start: number, predicate: (people: number) => boolean, people: number): Promise<number | null> {
  try {
    await page.waitForFunction(predicate, people, { polling: 'raf', timeout: Math.max(1, CAP_MS - (Date.now() - start)) });
    return Date.now() - start;
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return null;
    throw error;
  }
}

/** What the predicates read in the page (this tsconfig has no DOM lib). */
interface PageGlobals {
  document: { querySelector: (selector: string) => { getAttribute: (name: string) => string | null } | null };
  __maillageCy?: { nodes: () => { length: number } };
  requestAnimationFrame: (callback: () => void) => number;
}
// Functions, not strings: the app's CSP forbids evaluating strings.
function pictured(_people: number): boolean {
  const c = (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="network-canvas"]');
  const picture = c?.getAttribute('data-picture');
  return !!c && (picture === 'shown' || picture === 'replaced' || c.getAttribute('data-layout') === 'done');
}
function laidOut(people: number): boolean {
  const w = globalThis as unknown as PageGlobals;
  const c = w.document.querySelector('[data-testid="network-canvas"]');
  return !!c && c.getAttribute('data-layout') === 'done' && w.__maillageCy?.nodes().length === people;
}
function interactiveNow(_people: number): boolean {
  const c = (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="network-canvas"]');
  const picture = c?.getAttribute('data-picture');
  return !!c && c.getAttribute('data-layout') === 'done' && (picture === 'replaced' || picture === 'none');
}
function twoFrames(): Promise<void> {
  const w = globalThis as unknown as PageGlobals;
  return new Promise((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve())));
}

async function firstOpen(version: Version, source: string, people: number): Promise<Timing> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-first-open-'));
  const file = join(dir, 'network.maillage');
  copyFileSync(source, file); // every run opens a network never laid out
  const { url, child } = await serve(version, file, join(dir, 'data'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const start = Date.now();
    await page.goto(url);
    const firstPicture = await until(page, start, pictured, people);
    const firstLayout = await until(page, start, laidOut, people);
    const interactive = firstLayout === null ? null : await until(page, start, interactiveNow, people);
    if (interactive !== null) await page.evaluate(twoFrames);
    const worker = await page.getByTestId('network-canvas').getAttribute('data-layout-ms');
    return { worker: worker === null ? null : Number(worker), firstPicture, firstLayout, interactive: interactive === null ? null : Date.now() - start };
  } finally {
    await browser.close();
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: Array<number | null>): number | null => {
  if (values.some((v) => v === null)) return null;
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? null;
};
const cell = (v: number | null) => (v === null ? `> ${Math.round(CAP_MS / 1000)} s` : `${Math.round(v).toLocaleString('en')}`);

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) throw new Error('Build this version first: npm run -s build');
  const versions: Version[] = [];
  if (existsSync(join(previousDir, 'out/renderer/index.html'))) versions.push({ name: 'previous', dir: previousDir, commit: commitOf(previousDir) });
  else console.error(`No built previous version in ${previousDir}: measuring this version only. To compare:\n  git worktree add --detach ${previousDir} main && (cd ${previousDir} && npm ci && npm run build)`);
  versions.push({ name: 'this', dir: root, commit: commitOf(root) });

  const work = mkdtempSync(join(tmpdir(), 'maillage-first-open-nets-'));
  const rows: string[] = [];
  const started = new Date();
  try {
    for (const people of SIZES) {
      const sources = new Map(versions.map((version) => [version.name, join(work, `${people}-${version.name}.maillage`)]));
      for (const version of versions) writeNetwork(sources.get(version.name) as string, people, version.dir);
      const results = new Map<string, Timing[]>();
      // Versions alternate within each size, so both see the same load.
      for (let run = 0; run < RUNS; run++) {
        for (const version of versions) {
          const t = await firstOpen(version, sources.get(version.name) as string, people);
          console.error(`  ${people} people, ${version.name} (${version.commit}): layout in the worker ${t.worker === null ? '—' : cell(t.worker)}, first picture ${cell(t.firstPicture)}, first layout ${cell(t.firstLayout)}, interactive ${cell(t.interactive)} (ms)`);
          results.set(version.name, [...(results.get(version.name) ?? []), t]);
        }
      }
      for (const version of versions) {
        const runs = results.get(version.name) ?? [];
        const worker = runs.every((r) => r.worker !== null) ? cell(median(runs.map((r) => r.worker))) : '—';
        rows.push(`| ${people.toLocaleString('en')} | ${version.name} (${version.commit}) | ${worker} | ${cell(median(runs.map((r) => r.firstPicture)))} | ${cell(median(runs.map((r) => r.firstLayout)))} | ${cell(median(runs.map((r) => r.interactive)))} |`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const [load1] = loadavg();
  console.log(`\n## Network view, first open (no saved positions): ${started.toISOString()}, ${availableParallelism()} cores, load ${load1?.toFixed(1)}, Chromium headless --disable-gpu, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} run(s)\n`);
  console.log('| people | version | layout in the worker (ms) | first picture (ms) | first layout (ms) | interactive (ms) |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
}

await main();
