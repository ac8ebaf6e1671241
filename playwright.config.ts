// Playwright drives the real renderer bundle against the real services, in Debian's Chromium
// (Playwright's own browser download is not reachable here). Electron specs run where the
// Electron binary exists and skip, saying why, where it does not.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: process.env.MAILLAGE_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 900 },
    trace: 'off',
  },
});
