// Control characters in imported text (a NUL as JSON "\u0000" or GEXF "&#0;", an ESC sequence
// from a hostile export) are removed before anything is stored, with a warning naming the field:
// SQLite stops at a NUL in length() and LIKE, terminals run ESC sequences, and neither is ever
// part of a real name.
import type { ImportBundle } from './bundle';
import type { ImportWarningReason } from '../../../shared/import-reasons';

// Tab and line breaks stay (a name written on two lines round-trips through every format, and
// the terminal shows them escaped); every other C0 control, DEL and the C1 controls go.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function codes(found: string[]): string {
  const distinct = [...new Set(found)].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);
  return distinct.slice(0, 4).join(', ') + (distinct.length > 4 ? '…' : '');
}

/** Removes control characters from every text field of the bundle in place, with one warning per field cleaned. */
export function cleanBundleText(bundle: ImportBundle): void {
  let warned = 0;
  // `where` names the field in English for the CLI; `why` says it by its key, given the codes found.
  const clean = (value: string | undefined, where: string, why: (codes: string) => ImportWarningReason): string | undefined => {
    if (value === undefined) return undefined;
    const found = value.match(CONTROL);
    if (!found) return value;
    const cleaned = value.replace(CONTROL, '').trim();
    if (warned++ < 100) bundle.warnings.push({ message: `${where}: control characters removed (${codes(found)})`, why: why(codes(found)) });
    return cleaned;
  };
  for (const person of bundle.people) {
    const name = person.name.replace(CONTROL, '');
    const who = `person "${name}"`;
    const field = (f: string) => (codes: string): ImportWarningReason => ({ key: 'controlCharsPerson', params: { name, field: f, codes } });
    person.name = clean(person.name, `${who}, field name`, field('name')) as string;
    person.organisation = clean(person.organisation, `${who}, field organisation`, field('organisation'));
    person.title = clean(person.title, `${who}, field title`, field('title'));
    person.notes = clean(person.notes, `${who}, field notes`, field('notes'));
    if (person.tags) person.tags = person.tags.map((tag) => clean(tag, `${who}, field tags`, field('tags')) as string).filter((tag) => tag !== '');
    if (person.organisation === '') delete person.organisation;
    if (person.title === '') delete person.title;
  }
  for (const event of bundle.events) {
    const name = event.name.replace(CONTROL, '');
    const which = `event "${name}"`;
    const field = (f: string) => (codes: string): ImportWarningReason => ({ key: 'controlCharsEvent', params: { name, field: f, codes } });
    event.name = clean(event.name, `${which}, field name`, field('name')) as string;
    event.place = clean(event.place, `${which}, field place`, field('place'));
    event.hostOrganisation = clean(event.hostOrganisation, `${which}, field host organisation`, field('host organisation'));
  }
  if (bundle.organisations) {
    bundle.organisations = bundle.organisations
      .map((o) => {
        const name = o.replace(CONTROL, '');
        return clean(o, `organisation "${name}"`, (codes) => ({ key: 'controlCharsOrganisation', params: { name, codes } })) as string;
      })
      .filter((o) => o !== '');
  }
  if (warned > 100) bundle.warnings.push({ message: `… and ${warned - 100} more fields with control characters removed`, why: { key: 'controlCharsMore', params: { count: warned - 100 } } });
}
