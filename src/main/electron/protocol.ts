// The app's own scheme: the renderer is served from maillage-app://app/ through
// protocol.handle, not file:// (so that the origin is ours alone and CSP applies).
import { net, protocol } from 'electron';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const APP_SCHEME = 'maillage-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Must run before app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^\/+/, '');
    const file = resolve(root, normalize(relative));
    if (!file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(join(file)).toString());
  });
}

/** The development server (electron-vite dev) is trusted too, and only then. */
export function isAppUrl(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const dev = process.env.ELECTRON_RENDERER_URL;
  return Boolean(dev && !process.env.NODE_ENV?.startsWith('prod') && url.startsWith(dev));
}
