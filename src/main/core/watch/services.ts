// The services of issue #17 (what a CMO watches), one function per contract channel, on the
// network that is open now. createServices spreads them into the one gate every host calls.
import type { Api } from '../../../shared/contract';
import { resolveLanguage } from '../../../shared/i18n';
import type { NetworkHolder } from '../services';
import type { PreferenceStore } from '../preferences';
import type { EditionWindow } from '../../../shared/watch';
import { editionRunsWith, editionWindows, topEdition } from './top-edition';
import { topReportFile } from './top-report';
import { decideReminder, REMINDER_DEFAULTS, reminderInbox } from './reminders';
import { setReminderNotifications } from '../db/reminders';
import { conversations } from './conversations';
import { creatorsView } from './creators';
import { audienceAccounts, audienceAudit, audienceGraph } from './audience';

/** "Today" of a request: noon UTC of the given day, or now. */
const asOfTime = (day: string | undefined) => (day === undefined ? Date.now() : Date.parse(`${day}T12:00:00Z`));

export type WatchChannel =
  | 'report:top'
  | 'report:runs'
  | 'reminders:list'
  | 'reminders:decide'
  | 'reminders:notify'
  | 'watch:conversations'
  | 'watch:creators'
  | 'watch:audience'
  | 'watch:audienceAccounts'
  | 'graph:audience';

/** Computes a score run over a window and answers its id: the app's score worker, with its progress. */
export type WindowRunner = (window: EditionWindow) => Promise<number>;

export function watchServices(networks: NetworkHolder, preferences: PreferenceStore, runWindow: WindowRunner): Pick<Api, WatchChannel> {
  const db = () => networks.current().db;
  return {
    'report:top': async ({ language, ...query }) => {
      const lang = language ?? resolveLanguage(preferences.read().language, Intl.DateTimeFormat().resolvedOptions().locale);
      const { window, previousWindow } = editionWindows(query);
      const runs = await editionRunsWith(db(), window, previousWindow, runWindow);
      const edition = topEdition(db(), query, new Date(), runs);
      return { edition, file: topReportFile(edition, { language: lang, networkName: networks.current().info().name }) };
    },
    // The score runs of a window (and the same window a year earlier): what `top N --year` ranks.
    'report:runs': async (query) => {
      const { window, previousWindow } = editionWindows(query);
      return editionRunsWith(db(), window, previousWindow, runWindow);
    },
    'reminders:list': async ({ asOf, unansweredDays }) =>
      reminderInbox(db(), asOfTime(asOf), { ...REMINDER_DEFAULTS, ...(unansweredDays ? { unansweredDays } : {}) }),
    'reminders:decide': async ({ id, decision, until, asOf }) => decideReminder(db(), id, decision, until, asOfTime(asOf)),
    'reminders:notify': async ({ on }) => {
      setReminderNotifications(db(), on);
      return on;
    },
    'watch:conversations': async (query) => conversations(db(), query),
    'watch:creators': async ({ year }) => creatorsView(db(), year),
    'watch:audience': async () => audienceAudit(db()),
    'watch:audienceAccounts': async (query) => audienceAccounts(db(), query),
    'graph:audience': async ({ limit }) => audienceGraph(db(), limit),
  };
}
