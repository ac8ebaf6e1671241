// Endorsement_Received_Info.csv and Endorsement_Given_Info.csv: one `endorsement` per skill
// endorsed, endorser → endorsee, dated "Endorsement Date" ("2019/03/04 10:03:38 UTC").
import { stableKey, type LinkedInFile } from './file';
import { OWNER_KEY } from './people';
import { readTable } from './table';
import { parseUtcDateTime } from './text';

function endorsementFile(given: boolean): LinkedInFile {
  const who = given ? 'Endorsee' : 'Endorser';
  const file: LinkedInFile = {
    name: given ? 'Endorsement_Given_Info.csv' : 'Endorsement_Received_Info.csv',
    shape: {
      required: ['Endorsement Date', 'Skill Name', `${who} First Name`, `${who} Last Name`],
      optional: [`${who} Public Url`, 'Endorsement Status'],
    },
    parse(text, fileName, context) {
      readTable(text, fileName, file.shape, (row) => {
        const status = row.cell('Endorsement Status').toUpperCase();
        if (status && status !== 'ACCEPTED') return;
        const rawDate = row.cell('Endorsement Date');
        const at = parseUtcDateTime(rawDate);
        if (!at) throw row.error('Endorsement Date', `"${rawDate}" is not a date; expected a date like "2019/03/04 10:03:38 UTC"`, { key: 'notADate', params: { value: rawDate, example: '2019/03/04 10:03:38 UTC' } });
        const other = context.people.ref({
          name: [row.cell(`${who} First Name`), row.cell(`${who} Last Name`)].filter(Boolean).join(' '),
          url: row.cell(`${who} Public Url`),
        });
        if (!other) throw row.error(`${who} First Name`, `the ${who.toLowerCase()} has neither a name nor a profile URL`, { key: given ? 'endorseeNobody' : 'endorserNobody' });
        if (other === OWNER_KEY) return;
        const [from, to] = given ? [OWNER_KEY, other] : [other, OWNER_KEY];
        const skill = row.cell('Skill Name').toLowerCase();
        context.interaction({ from, to, kind: 'endorsement', at }, `endorsement:${given ? 'given' : 'received'}:${stableKey(other)}:${skill}:${at}`);
      });
    },
  };
  return file;
}

export const endorsementsReceivedFile = endorsementFile(false);
export const endorsementsGivenFile = endorsementFile(true);
