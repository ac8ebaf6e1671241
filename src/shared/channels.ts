// The names of every request channel and every event between the UI and the main process.
// Kept apart from the schemas so the preload bundles a list of strings, not a validator.

export const REQUEST_CHANNELS = [
  'network:info',
  'graph:get',
  'people:list',
  'person:get',
  'person:update',
  'events:list',
  'positions:save',
  'sample:regenerate',
  'preferences:get',
  'preferences:set',
  'scores:run',
  'scores:cancel',
  'scores:runs',
  'scores:table',
  'rankings:get',
  'person:explain',
  'me:overview',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const EVENT_CHANNELS = ['job:progress', 'network:changed', 'preferences:changed', 'app:navigate', 'scores:changed'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isRequestChannel(name: string): name is RequestChannel {
  return (REQUEST_CHANNELS as readonly string[]).includes(name);
}
