// Recommendations_Received.csv and Recommendations_Given.csv: one `recommendation` from its
// author to the person recommended, dated "Creation Date" ("04/05/19, 10:03 AM"). These files
// name people without a profile URL: they are matched by name. The text is not stored.
import { stableKey, type LinkedInFile } from './file';
import { OWNER_KEY } from './people';
import { readTable } from './table';
import { parseUsDateTime } from './text';

function recommendationFile(given: boolean): LinkedInFile {
  const file: LinkedInFile = {
    name: given ? 'Recommendations_Given.csv' : 'Recommendations_Received.csv',
    shape: {
      required: ['First Name', 'Last Name', 'Creation Date'],
      optional: ['Company', 'Job Title', 'Text', 'Status'],
      long: ['Text'],
    },
    parse(text, fileName, context) {
      readTable(text, fileName, file.shape, (row) => {
        const status = row.cell('Status').toUpperCase();
        if (status && status !== 'VISIBLE') return;
        const rawDate = row.cell('Creation Date');
        const at = parseUsDateTime(rawDate);
        if (!at) throw row.error('Creation Date', `"${rawDate}" is not a date; expected a date like "04/05/19, 10:03 AM"`, { key: 'notADate', params: { value: rawDate, example: '04/05/19, 10:03 AM' } });
        const other = context.people.ref({
          name: [row.cell('First Name'), row.cell('Last Name')].filter(Boolean).join(' '),
          title: row.cell('Job Title'),
          organisation: row.cell('Company'),
        });
        if (!other) throw row.error('First Name', 'the row names nobody', { key: 'rowNamesNobody' });
        if (other === OWNER_KEY) return;
        const [from, to] = given ? [OWNER_KEY, other] : [other, OWNER_KEY];
        context.interaction({ from, to, kind: 'recommendation', at }, `recommendation:${given ? 'given' : 'received'}:${stableKey(other)}:${at}`);
      });
    },
  };
  return file;
}

export const recommendationsReceivedFile = recommendationFile(false);
export const recommendationsGivenFile = recommendationFile(true);
