// The JavaScript targets the build compiles for: the Node and Chromium inside the pinned Electron.
// electron-vite 6 knows Electron only up to 44 and silently falls back to 44's targets for newer
// ones, so we state them ourselves and refuse to build for an Electron we have not checked.

/** Node and Chromium bundled by each Electron major we have checked (release notes,
 *  electron-to-chromium). Node is the oldest minor of that major's line, a safe lower bound. */
export const ELECTRON_TARGETS: Readonly<Record<number, { node: string; chrome: string }>> = {
  // Electron 45.x: Chromium 156.0.8078, Node 24 (the line Electron has shipped since 40; 44 had
  // 24.18, and 45's own package depends on @types/node ^24).
  45: { node: 'node24.18', chrome: 'chrome156' },
};

/** The build targets for an Electron version ("45.4.1"), or a clear error saying what to do. */
export function electronTargets(version: string): { node: string; chrome: string } {
  const major = Number.parseInt(String(version).split('.')[0] ?? '', 10);
  const targets = ELECTRON_TARGETS[major];
  if (!targets) {
    throw new Error(
      `electron-targets: Electron ${version} is not in scripts/electron-targets.ts; add its Node and ` +
        `Chromium versions (from its release notes) before building, so the bundle targets what it runs on.`,
    );
  }
  return targets;
}
