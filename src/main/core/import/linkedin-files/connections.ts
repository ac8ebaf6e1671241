// Connections.csv: every connection was accepted by both people, so it is a reciprocal tie —
// two `connection` interactions, owner → contact and contact → owner, dated "Connected On" —
// with the contact's position and company.
import { linkedInSlug, normaliseEmail, parseDayMonthYear, parseIsoDate } from '../common';
import { stableKey, type LinkedInFile } from './file';
import { OWNER_KEY } from './people';
import { readTable } from './table';

export const connectionsFile: LinkedInFile = {
  name: 'Connections.csv',
  shape: {
    required: ['First Name', 'Last Name', 'Connected On'],
    optional: ['URL', 'Email Address', 'Company', 'Position'],
  },
  parse(text, file, context) {
    const seen = new Set<string>();
    readTable(text, file, connectionsFile.shape, (row) => {
      const name = [row.cell('First Name'), row.cell('Last Name')].filter(Boolean).join(' ');
      const url = row.cell('URL');
      const rawDate = row.cell('Connected On');
      const at = parseDayMonthYear(rawDate) ?? (rawDate ? parseIsoDate(rawDate) : null);
      if (!at) throw row.error('Connected On', `"${rawDate}" is not a date; expected a date like "01 Jan 2024"`, { key: 'notADate', params: { value: rawDate, example: '01 Jan 2024' } });
      const rawEmail = row.cell('Email Address');
      const email = rawEmail ? normaliseEmail(rawEmail) : null;
      if (rawEmail && !email) context.bundle.warnings.push({ line: row.line, message: `"${rawEmail}" is not an email address; ignored`, why: { key: 'emailIgnored', params: { value: rawEmail } } });
      if (url && !linkedInSlug(url)) context.bundle.warnings.push({ line: row.line, message: `"${url}" is not a LinkedIn profile URL; kept the name only`, why: { key: 'profileUrlIgnored', params: { value: url } } });
      const key = context.people.ref({
        name,
        url,
        title: row.cell('Position'),
        organisation: row.cell('Company'),
        ...(email ? { email } : {}),
      });
      if (!key) {
        context.bundle.warnings.push({ line: row.line, message: 'row without a name nor a profile URL passed over', why: { key: 'rowNobodyLinkedIn' } });
        return;
      }
      if (key === OWNER_KEY) return;
      if (seen.has(key)) {
        context.bundle.warnings.push({ line: row.line, message: `${name || url} appears twice; rows merged`, why: { key: 'personTwice', params: { name: name || url } } });
        return;
      }
      seen.add(key);
      // The ids earlier versions gave a connection, with the direction after: migration 008
      // turned their one `met` into these two rows, so a newer export adds nothing.
      const ref = key.startsWith('linkedin-name:') ? `connection:name:${stableKey(key)}` : `connection:${stableKey(key)}`;
      context.interaction({ from: OWNER_KEY, to: key, kind: 'connection', at }, `${ref}:out`);
      context.interaction({ from: key, to: OWNER_KEY, kind: 'connection', at }, `${ref}:in`);
    }, (line) => context.bundle.warnings.push({ line, message: 'blank row passed over', why: { key: 'blankRow' } }));
  },
};
