// Invitations.csv: an invitation sent (OUTGOING, owner → invitee) or received (INCOMING,
// inviter → owner), dated "Sent At" ("5/12/23, 9:31 AM"). Its message is not stored.
import { stableKey, type LinkedInFile } from './file';
import { OWNER_KEY } from './people';
import { readTable } from './table';
import { parseUsDateTime } from './text';

export const invitationsFile: LinkedInFile = {
  name: 'Invitations.csv',
  shape: {
    required: ['From', 'To', 'Sent At', 'Direction'],
    optional: ['Message', 'inviterProfileUrl', 'inviteeProfileUrl'],
    long: ['Message'],
  },
  parse(text, file, context) {
    readTable(text, file, invitationsFile.shape, (row) => {
      const direction = row.cell('Direction').toUpperCase();
      if (direction !== 'INCOMING' && direction !== 'OUTGOING') {
        const value = row.cell('Direction');
        throw row.error('Direction', `"${value}" is not INCOMING or OUTGOING`, { key: 'notDirection', params: { value } });
      }
      const rawDate = row.cell('Sent At');
      const at = parseUsDateTime(rawDate);
      if (!at) throw row.error('Sent At', `"${rawDate}" is not a date; expected a date like "5/12/23, 9:31 AM"`, { key: 'notADate', params: { value: rawDate, example: '5/12/23, 9:31 AM' } });
      const incoming = direction === 'INCOMING';
      const other = incoming
        ? context.people.ref({ name: row.cell('From'), url: row.cell('inviterProfileUrl') })
        : context.people.ref({ name: row.cell('To'), url: row.cell('inviteeProfileUrl') });
      if (!other) throw row.error(incoming ? 'From' : 'To', 'the other person has neither a name nor a profile URL', { key: 'otherPersonNobody' });
      if (other === OWNER_KEY) return;
      const [from, to] = incoming ? [other, OWNER_KEY] : [OWNER_KEY, other];
      context.interaction({ from, to, kind: 'invitation', at }, `invitation:${direction.toLowerCase()}:${stableKey(other)}:${at}`);
    });
  },
};
