// The main window, hardened: sandbox, context isolation, no Node in the page, no navigation,
// no new windows, no permissions; bounds remembered between runs.
import { app, BrowserWindow, screen, shell, type Rectangle } from 'electron';
import { join } from 'node:path';
import type { AppStateStore } from './app-state';
import { APP_ORIGIN, isAppUrl } from './protocol';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // A page that loops on alert() can be silenced by the user.
  safeDialogs: true,
  // A file dropped outside the import zone must not navigate the window to file://.
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/**
 * The URL to hand to the user's browser, or null. Only plain http(s) links, without credentials:
 * never file:, smb:, custom schemes or anything the OS would run (Electron security item 15).
 */
export function externalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.toString();
}

function visible(bounds: Partial<Rectangle>): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return false;
  return screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return (bounds.x as number) < a.x + a.width && (bounds.x as number) + (bounds.width ?? 0) > a.x && (bounds.y as number) < a.y + a.height && (bounds.y as number) + (bounds.height ?? 0) > a.y;
  });
}

export function createMainWindow(state: AppStateStore, preloadDir: string): BrowserWindow {
  const saved = state.read().window;
  const window = new BrowserWindow({
    width: saved.width,
    height: saved.height,
    ...(visible(saved) ? { x: saved.x, y: saved.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Maillage',
    // Developer tools only in development builds.
    webPreferences: { ...WEB_PREFERENCES, devTools: !app.isPackaged, preload: join(preloadDir, 'index.cjs') },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  // Links the user clicks (target=_blank) open in their browser, http(s) only; the app itself
  // never opens a second window.
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url);
    if (link) void shell.openExternal(link);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  const remember = () => {
    if (window.isDestroyed()) return;
    const maximized = window.isMaximized();
    const bounds = maximized ? state.read().window : { ...window.getNormalBounds(), maximized: false };
    state.update((s) => {
      s.window = { ...bounds, maximized };
    });
  };
  window.on('close', remember);

  const dev = process.env.ELECTRON_RENDERER_URL;
  if (dev && !process.env.NODE_ENV?.startsWith('prod')) void window.loadURL(dev);
  else void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
