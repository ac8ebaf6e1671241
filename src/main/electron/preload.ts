// The sandboxed preload: exposes window.maillage with one function per contract channel and an
// event subscription. Never exposes ipcRenderer itself, nor the raw IPC event.
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, EVENT_IPC, REQUEST_CHANNELS, STAGE_IPC, type EventChannel } from '../../shared/channels';
import type { Bridge, EventListener } from '../../shared/bridge';
import type { Envelope } from '../../shared/contract';


const request = Object.fromEntries(
  REQUEST_CHANNELS.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload) as Promise<Envelope<unknown>>]),
) as Bridge['request'];


const bridge: Bridge = {
  host: 'electron',
  request,
  // Blobs do not cross the context bridge: the page hands over the bytes (see client.stageFile).
  stage: (fileName, data) => ipcRenderer.invoke(STAGE_IPC, { fileName, data }) as ReturnType<Bridge['stage']>,
  subscribe(listener: EventListener) {
    const forward = (_event: unknown, message: { channel: EventChannel; payload: unknown }) => {
      if ((EVENT_CHANNELS as readonly string[]).includes(message?.channel)) listener(message.channel, message.payload);
    };
    ipcRenderer.on(EVENT_IPC, forward);
    return () => ipcRenderer.removeListener(EVENT_IPC, forward);
  },
};

contextBridge.exposeInMainWorld('maillage', bridge);
