// Starts the real `maillage serve` (the CLI, the services, the built renderer) in a child
// process with its own data folder, once per worker, and hands its token URL to the specs.
import { expect, test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Served {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

export async function startServe(args: string[] = []): Promise<Served & { stop: () => Promise<void>; process: ChildProcess }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
  const child = spawn(process.execPath, ['bin/maillage.mjs', ...args, 'serve', '--port', '0'], {
    env: { ...process.env, MAILLAGE_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
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
    child.once('exit', (code) => reject(new Error(`maillage serve exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') as string,
    dataDir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `served`: one server per worker, shared by specs that only read. `fresh`: a server of its
 * own for a spec that changes the network (score runs, edits), so specs never see each other. */
export const test = base.extend<{ fresh: Served }, { served: Served }>({
  // The browser host greets a first run with "Start my network / Explore the sample": specs of
  // the sample's views have chosen the sample (e2e/first-hour.spec.ts opens its own page).
  page: async ({ page }, use) => {
    await page.addInitScript(() => sessionStorage.setItem('maillage.sampleChosen', '1'));
    await use(page);
  },
  fresh: async ({}, use) => { // eslint-disable-line no-empty-pattern
    const server = await startServe();
    await use(server);
    await server.stop();
  },
  served: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServe();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** Calls a service of a served app directly, as the page's client does (for setup and checks). */
export async function callApi<T>(page: Page, served: Served, channel: string, payload?: unknown): Promise<T> {
  const response = await page.request.post(`${served.origin}/api/call/${channel}`, {
    headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': served.token },
    ...(payload === undefined ? {} : { data: JSON.stringify(payload) }),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error?.message}`);
  return envelope.value;
}

/** Waits until the open network is laid out and its positions are saved: the next open is pictured first. */
export async function positionsSaved(page: Page, served: Served): Promise<void> {
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  await expect
    .poll(async () => (await callApi<{ nodes: Array<{ x?: number; y?: number }> }>(page, served, 'graph:get', {})).nodes.every((n) => n.x !== undefined && n.y !== undefined))
    .toBe(true);
}

/**
 * Holds back Cytoscape's code (its own chunk) until the returned release is called: the network's
 * picture and its notice stay on screen, and the page is free to be checked and photographed
 * (building Cytoscape blocks the page).
 */
export async function holdCytoscape(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/cytoscape\.esm-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
