// The services of issue #17 (what a CMO watches), one function per contract channel, on the
// network that is open now. createServices spreads them into the one gate every host calls.
import type { Api } from '../../../shared/contract';
import { resolveLanguage } from '../../../shared/i18n';
import type { NetworkHolder } from '../services';
import type { PreferenceStore } from '../preferences';
import type { EditionWindow } from '../../../shared/watch';
import { EditionRequestError, editionRunsWith, editionWindows, topEdition } from './top-edition';
import { topReportFile } from './top-report';
import { decideReminder, REMINDER_DEFAULTS, ReminderError, reminderInbox } from './reminders';
import { setReminderNotifications } from '../db/reminders';
import { ConversationError, conversations } from './conversations';
import { creatorsView } from './creators';

/** "Today" of a request: noon UTC of the given day, or now. */
const asOfTime = (day: string | undefined) => (day === undefined ? Date.now() : Date.parse(`${day}T12:00:00Z`));

export type WatchChannel = 'report:top' | 'reminders:list' | 'reminders:decide' | 'reminders:notify' | 'watch:conversations' | 'watch:creators';

export class WatchRequestError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'conflict' = 'conflict',
  ) {
    super(message);
  }
}

/** Errors of the reminders and conversations a user can act on. */
function reminderErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ReminderError) throw new WatchRequestError(error.message, error.code);
    if (error instanceof ConversationError) throw new WatchRequestError(error.message, 'not_found');
    throw error;
  }
}

/** Computes a score run over a window and answers its id: the app's score worker, with its progress. */
export type WindowRunner = (window: EditionWindow) => Promise<number>;

export function watchServices(networks: NetworkHolder, preferences: PreferenceStore, runWindow: WindowRunner): Pick<Api, WatchChannel> {
  const db = () => networks.current().db;
  return {
    'report:top': async ({ language, ...query }) => {
      const lang = language ?? resolveLanguage(preferences.read().language, Intl.DateTimeFormat().resolvedOptions().locale);
      try {
        const { window, previousWindow } = editionWindows(query);
        const runs = await editionRunsWith(db(), window, previousWindow, runWindow);
        const edition = topEdition(db(), query, new Date(), runs);
        return { edition, file: topReportFile(edition, { language: lang, networkName: networks.current().info().name }) };
      } catch (error) {
        if (error instanceof EditionRequestError) throw new WatchRequestError(error.message);
        throw error;
      }
    },
    'reminders:list': async ({ asOf, unansweredDays }) =>
      reminderInbox(db(), asOfTime(asOf), { ...REMINDER_DEFAULTS, ...(unansweredDays ? { unansweredDays } : {}) }),
    'reminders:decide': async ({ id, decision, until, asOf }) => reminderErrors(() => decideReminder(db(), id, decision, until, asOfTime(asOf))),
    'reminders:notify': async ({ on }) => {
      setReminderNotifications(db(), on);
      return on;
    },
    'watch:conversations': async (query) => reminderErrors(() => conversations(db(), query)),
    'watch:creators': async ({ year }) => creatorsView(db(), year),
  };
}
