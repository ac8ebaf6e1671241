// Profile.csv: the owner's own profile — their name, headline, and the X handles that link
// their X archive to this network's owner.
import type { LinkedInFile } from './file';
import { readTable } from './table';

export const profileFile: LinkedInFile = {
  name: 'Profile.csv',
  shape: { required: ['First Name', 'Last Name', 'Headline'], optional: ['Twitter Handles'], long: ['Headline'] },
  parse(text, file, { people }) {
    let done = false;
    readTable(text, file, profileFile.shape, (row) => {
      if (done) return;
      done = true;
      people.setOwner([row.cell('First Name'), row.cell('Last Name')].filter(Boolean).join(' '), row.cell('Headline'), row.cell('Twitter Handles'));
    });
  },
};
