// The browser host's door: a random token (as Jupyter does), compared in constant time, plus a
// Host-header check so that a DNS-rebinding page cannot talk to us under another name.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-maillage-token';

/**
 * The token cookie's name, one per port: cookies are shared by every port of 127.0.0.1, so with
 * one name a second `maillage serve` in the same browser replaced the first one's cookie (and
 * logged it out), and every local service could tell which cookie was Maillage's.
 */
export function tokenCookie(port: number): string {
  return `maillage_token_${port}`;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison; hashing first makes lengths equal without leaking the length. */
export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

export function cookieValue(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined; // a malformed escape (%zz) is no token: 401, not 500
    }
  }
  return undefined;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** True when the Host header names this server on a loopback name and the right port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** True for a request without Origin (same-origin GETs, curl) or with ours; a page elsewhere sends its own. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin.startsWith('http://') && hostAllowed(origin.slice('http://'.length), port);
}

/** The media type of a Content-Type header, without parameters: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isLoopbackAddress(address: string): boolean {
  return address === '127.0.0.1' || address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
}
