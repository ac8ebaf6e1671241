// The names of every request channel and every event between the UI and the main process.
// Kept apart from the schemas so the preload bundles a list of strings, not a validator.

export const REQUEST_CHANNELS = [
  'network:info',
  'network:guidance',
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
  'reach:path',
  'import:preview',
  'import:commit',
  'import:discard',
  'imports:list',
  'imports:remove',
  'merges:list',
  'merges:accept',
  'merges:reject',
  'merges:undo',
  'export:file',
  'event:get',
  'event:create',
  'event:update',
  'event:delete',
  'attendance:set',
  'attendance:remove',
  'invite:plan',
  'invite:compare',
  'invite:csv',
  'event:matchmaking',
  'event:impact',
  'edit:state',
  'edit:undo',
  'edit:redo',
  'owner:get',
  'owner:set',
  'people:roles',
  'people:bulkUpdate',
  'person:create',
  'interaction:create',
  'person:erasePreview',
  'person:erase',
  'networks:list',
  'networks:create',
  'networks:open',
  'report:top',
  'report:runs',
  'reminders:list',
  'reminders:decide',
  'reminders:notify',
  'watch:conversations',
  'watch:creators',
  // The organiser's (issue #15): named communities.
  'communities:list',
  'community:rename',
  // Guest lists from ticketing tools into one event.
  'attendees:preview',
  'attendees:import',
  'calendar:import',
  'parity:get',
  // After the event: the one-page report (HTML; PDF in the desktop app).
  'report:event',
  'report:eventPdf',
  // Calendar files from the Import page: what the file holds, before 'calendar:import'.
  'calendar:preview',
  // The organic-growth audit (issue #17 part 1) and the audience in the network view (#14 part 6).
  'watch:audience',
  'watch:audienceAccounts',
  'graph:audience',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const EVENT_CHANNELS = ['job:progress', 'network:changed', 'preferences:changed', 'app:navigate', 'scores:changed', 'edit:changed', 'app:command'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isRequestChannel(name: string): name is RequestChannel {
  return (REQUEST_CHANNELS as readonly string[]).includes(name);
}

/** The two Electron IPC names outside the request channels: events to the page, and file staging. */
export const EVENT_IPC = 'maillage:event';
export const STAGE_IPC = 'maillage:stage';
