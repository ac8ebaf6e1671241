// `maillage serve`: the same renderer and the same services as the desktop app, over HTTP on
// the loopback interface only, behind a random token printed once in the URL.
import { errorKind } from '../../shared/errors';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { EVENT_CHANNELS, type EventChannel } from '../../shared/channels';
import type { Api, EventPayload } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import { StagingError, type ImportStaging } from '../core/import/staging';
import { cookieValue, hostAllowed, isLoopbackAddress, mediaType, newToken, originAllowed, TOKEN_HEADER, tokenCookie, tokenMatches } from './auth';
import { rendererIndex, resolveStatic, sendFile } from './static-files';

export const LOOPBACK = '127.0.0.1';
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** A body over the limit is read and thrown away up to this much, so the client gets its 413 instead of a reset. */
const MAX_DRAINED_BYTES = 8 * MAX_BODY_BYTES;

class BodyTooLargeError extends Error {}

/** The CSP of every page we serve (the bundle also carries it as a meta tag). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface ServeOptions {
  api: Api;
  /** Where files posted to /api/stage go (the same staging the services read from). */
  staging: ImportStaging;
  /** The built renderer bundle (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /** Sends an event to every connected page (progress, network changed…). */
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void;
  close(): Promise<void>;
}

export class RendererMissingError extends errorKind('failed') {}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if (!existsSync(rendererIndex(options.rendererDir))) {
    throw new RendererMissingError(`The app's interface is not built (${rendererIndex(options.rendererDir)} is missing): run "npm run build" first.`);
  }
  const token = options.token ?? newToken();
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) plain(response, 500, `Internal error: ${(error as Error).message}`);
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Defence in depth: we bind loopback only, and still refuse anything else.
    if (!isLoopbackAddress(request.socket.remoteAddress ?? '')) return plain(response, 403, 'Forbidden');
    if (!hostAllowed(request.headers.host, port)) return plain(response, 403, 'Forbidden: unexpected Host header');
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`);

    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed');

    const fromQuery = url.searchParams.get('token');
    const authorised = tokenMatches(token, fromQuery) || tokenMatches(token, cookieValue(request, tokenCookie(port)));
    if (!authorised) return plain(response, 401, 'Unauthorised: open the URL with its ?token=… as printed by `maillage serve`.');
    const file = resolveStatic(options.rendererDir, url.pathname);
    if (!file) return plain(response, 404, 'Not found');
    const headers: Record<string, string> = { ...SECURITY_HEADERS };
    if (tokenMatches(token, fromQuery)) headers['Set-Cookie'] = `${tokenCookie(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
    sendFile(response, file, headers);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && request.method === 'GET') {
      // EventSource cannot send headers: the SameSite=Strict cookie authorises the stream.
      if (!tokenMatches(token, cookieValue(request, tokenCookie(port)))) return plain(response, 401, 'Unauthorised');
      // The cookie is SameSite=Strict; a page elsewhere still must not open the stream.
      if (!originAllowed(request.headers.origin, port)) return plain(response, 403, 'Forbidden origin');
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    const match = url.pathname.match(/^\/api\/call\/([a-z]+:[a-zA-Z]+)$/);
    const isStage = url.pathname === '/api/stage';
    if ((!match && !isStage) || request.method !== 'POST') return plain(response, 404, 'Not found');
    // A custom header cannot be sent cross-origin without a CORS preflight, which we never
    // answer: this is what stops other web pages from calling the API.
    const header = request.headers[TOKEN_HEADER];
    if (!tokenMatches(token, Array.isArray(header) ? header[0] : header)) return plain(response, 401, 'Unauthorised');
    if (!originAllowed(request.headers.origin, port)) return plain(response, 403, 'Forbidden origin');
    if (isStage) return stage(request, response, url);
    if (mediaType(request.headers['content-type']) !== 'application/json') return plain(response, 415, 'Expected application/json');
    let payload: unknown;
    try {
      const body = await readBody(request);
      payload = body.length === 0 ? undefined : JSON.parse(body) as unknown;
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.setHeader('Connection', 'close');
        return json(response, 413, { ok: false, error: { code: 'invalid_input', message: error.message } });
      }
      return json(response, 400, { ok: false, error: { code: 'invalid_input', message: (error as Error).message } });
    }
    const envelope = await dispatch(options.api, (match as RegExpExecArray)[1] as string, payload);
    json(response, envelope.ok ? 200 : envelope.error.code === 'invalid_input' ? 400 : envelope.error.code === 'not_found' ? 404 : 422, envelope);
  }

  async function stage(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const fileName = (url.searchParams.get('name') ?? '').slice(0, 255);
    if (!fileName) return json(response, 400, { ok: false, error: { code: 'invalid_input', message: 'missing ?name= for the staged file' } });
    try {
      const file = await options.staging.stageStream(fileName, request);
      json(response, 200, { ok: true, value: { staged: file.id, fileName: file.fileName, size: file.size } });
    } catch (error) {
      const message = error instanceof StagingError ? error.message : `the upload failed: ${(error as Error).message}`;
      if (!response.headersSent) json(response, 413, { ok: false, error: { code: 'failed', message } });
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    emit(channel, payload) {
      if (!(EVENT_CHANNELS as readonly string[]).includes(channel)) return;
      const frame = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(value));
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES. A larger one (announced by Content-Length or not)
 * rejects with BodyTooLargeError as soon as it is known; the rest is drained, not reset, so that
 * the client reads the 413 (a reset arrives as "connection reset" with no answer at all).
 */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const refuse = () => {
      tooLarge = true;
      chunks.length = 0;
      reject(new BodyTooLargeError(`the request body is over ${MAX_BODY_BYTES / (1024 * 1024)} MB`));
    };
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) refuse();
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > MAX_DRAINED_BYTES) request.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) return refuse();
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
