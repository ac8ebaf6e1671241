// Serves the built renderer bundle: only files inside its folder, with the right types.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ownValue } from '../../shared/own-key';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` that a URL path names, or null when it escapes root or does not exist. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, normalize(relative));
  if (file !== base && !file.startsWith(base + sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export function sendFile(response: ServerResponse, file: string, headers: Record<string, string>): void {
  response.writeHead(200, {
    ...headers,
    'Content-Type': ownValue(TYPES, extname(file)) ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'private, max-age=3600',
  });
  createReadStream(file).pipe(response);
}

export function rendererIndex(root: string): string {
  return join(root, 'index.html');
}
