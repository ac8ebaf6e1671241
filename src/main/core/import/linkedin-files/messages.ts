// messages.csv: each message is an interaction of kind `message` from its sender to each of its
// recipients (group threads list several, comma-separated, in TO and RECIPIENT PROFILE URLS).
// Drafts are passed over; the content is not stored.
import { stableKey, type LinkedInFile } from './file';
import { parseUtcDateTime } from './text';
import { readTable } from './table';

const TRUE = /^(yes|true|1|oui)$/i;

export const messagesFile: LinkedInFile = {
  name: 'messages.csv',
  shape: {
    required: ['CONVERSATION ID', 'FROM', 'TO', 'DATE'],
    optional: ['CONVERSATION TITLE', 'SENDER PROFILE URL', 'RECIPIENT PROFILE URLS', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS DRAFT'],
    long: ['CONTENT', 'SUBJECT', 'ATTACHMENTS', 'TO', 'RECIPIENT PROFILE URLS', 'CONVERSATION TITLE'],
  },
  parse(text, file, context) {
    const { people, bundle } = context;
    let drafts = 0;
    let anonymous = 0;
    readTable(text, file, messagesFile.shape, (row) => {
      if (TRUE.test(row.cell('IS MESSAGE DRAFT')) || TRUE.test(row.cell('IS DRAFT'))) {
        drafts++;
        return;
      }
      const rawDate = row.cell('DATE');
      const at = parseUtcDateTime(rawDate);
      if (!at) throw row.error('DATE', `"${rawDate}" is not a date; expected a date like "2023-05-12 09:31:12 UTC"`, { key: 'notADate', params: { value: rawDate, example: '2023-05-12 09:31:12 UTC' } });
      if (isClosedAccount(row.cell('FROM'), row.cell('SENDER PROFILE URL'))) {
        anonymous++;
        return;
      }
      const from = people.ref({ name: row.cell('FROM'), url: row.cell('SENDER PROFILE URL') });
      if (!from) throw row.error('FROM', 'the sender has neither a name nor a profile URL', { key: 'noSender' });
      const names = splitList(row.cell('TO'));
      const urls = splitList(row.cell('RECIPIENT PROFILE URLS'));
      const count = Math.max(names.length, urls.length);
      if (count === 0) throw row.error('TO', 'the message has no recipient', { key: 'noRecipient' });
      const conversation = row.cell('CONVERSATION ID');
      for (let i = 0; i < count; i++) {
        // Names and URLs pair up by position when both lists are whole; otherwise each is used alone.
        const paired = names.length === urls.length;
        const name = paired || urls.length === 0 ? (names[i] ?? '') : '';
        const url = urls[i] ?? '';
        if (isClosedAccount(name, url)) {
          anonymous++;
          continue;
        }
        const to = people.ref({ name, url });
        if (!to || to === from) continue;
        context.participants(conversation, from, to);
        context.interaction({ from, to, kind: 'message', at }, `message:${conversation}:${at}:${stableKey(from)}:${stableKey(to)}`);
      }
    });
    if (drafts > 0) bundle.warnings.push({ message: `${file}: ${drafts} draft message(s) passed over`, why: { key: 'draftsPassedOver', params: { file, count: drafts } } });
    if (anonymous > 0) {
      bundle.warnings.push({ message: `${file}: ${anonymous} message(s) with a "LinkedIn Member" (an account since closed) passed over`, why: { key: 'closedAccountMessages', params: { file, count: anonymous } } });
    }
  },
};

/** LinkedIn writes "LinkedIn Member", without a URL, for an account since closed: nobody to add. */
const isClosedAccount = (name: string, url: string): boolean => !url && /^linkedin member$/i.test(name.trim());

function splitList(cell: string): string[] {
  return cell
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
