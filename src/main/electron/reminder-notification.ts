// The desktop notification of due reminders (issue #17): shown when a network opens, only when
// its owner turned it on in the Reminders view (off by default); a click shows the inbox.
import { Notification } from 'electron';
import type { Api } from '../../shared/contract';
import type { Language } from '../../shared/i18n';
import { translator } from '../../shared/translate';
import { reminderReason } from '../../shared/watch-text';

export async function notifyDueReminders(api: Api, language: Language, showInbox: () => void): Promise<void> {
  if (!Notification.isSupported()) return;
  const inbox = await api['reminders:list']({});
  const first = inbox.due[0];
  if (!inbox.notify || first === undefined) return;
  const t = translator(language);
  const notification = new Notification({
    title: t('watch.reminders.notificationTitle', { count: inbox.due.length }),
    // Names come from imported files: the OS shows the body as plain text.
    body: `${first.name} — ${reminderReason(first, t, language)}`,
  });
  notification.on('click', showInbox);
  notification.show();
}
