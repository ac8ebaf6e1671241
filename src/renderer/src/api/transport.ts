// How the page reaches the main process: the preload's bridge in Electron, HTTP with a token
// under `maillage serve`. Both give the same Bridge shape.
import { EVENT_CHANNELS, REQUEST_CHANNELS, type EventChannel } from '../../../shared/channels';
import type { Bridge, EventListener, StagedInfo } from '../../../shared/bridge';
import type { Envelope } from '../../../shared/contract';

declare global {
  interface Window {
    maillage?: Bridge;
  }
}

const TOKEN_KEY = 'maillage.token';

/** The serve host prints a URL with ?token=…; keep it for API calls, then drop it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function httpBridge(): Bridge {
  const token = takeToken();
  const request = Object.fromEntries(
    REQUEST_CHANNELS.map((channel) => [
      channel,
      async (payload: unknown): Promise<Envelope<unknown>> => {
        const response = await fetch(`/api/call/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
          body: payload === undefined ? '' : JSON.stringify(payload),
        });
        if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Envelope<unknown>;
        return { ok: false, error: { code: 'failed', message: `${response.status} ${await response.text()}` } };
      },
    ]),
  ) as Bridge['request'];
  const listeners = new Set<EventListener>();
  let source: EventSource | null = null;
  return {
    host: 'browser',
    request,
    async stage(fileName, data) {
      const response = await fetch(`/api/stage?name=${encodeURIComponent(fileName)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-Maillage-Token': token },
        body: data,
      });
      if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Envelope<StagedInfo>;
      return { ok: false, error: { code: 'failed', message: `${response.status} ${await response.text()}` } };
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource('/api/events');
        for (const channel of EVENT_CHANNELS) {
          source.addEventListener(channel, (event) => {
            const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
            for (const l of listeners) l(channel as EventChannel, payload);
          });
        }
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

export function currentBridge(): Bridge {
  return window.maillage ?? httpBridge();
}
