// The main window, hardened: sandbox, context isolation, no Node in the page, no navigation,
// no new windows, no permissions; bounds remembered between runs.
import { BrowserWindow, screen, shell, type Rectangle } from 'electron';
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
  spellcheck: false,
} as const;

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
    webPreferences: { ...WEB_PREFERENCES, preload: join(preloadDir, 'index.cjs') },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  // Links the user clicks open in their browser (http/https only); nothing else leaves the app.
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
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
