// Control characters in imported text (a NUL as JSON "\u0000" or GEXF "&#0;", an ESC sequence
// from a hostile export) are removed before anything is stored, with a warning naming the field:
// SQLite stops at a NUL in length() and LIKE, terminals run ESC sequences, and neither is ever
// part of a real name.
import type { ImportBundle } from './bundle';

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
  const clean = (value: string | undefined, where: string): string | undefined => {
    if (value === undefined) return undefined;
    const found = value.match(CONTROL);
    if (!found) return value;
    const cleaned = value.replace(CONTROL, '').trim();
    if (warned++ < 100) bundle.warnings.push({ message: `${where}: control characters removed (${codes(found)})` });
    return cleaned;
  };
  for (const person of bundle.people) {
    const who = `person "${person.name.replace(CONTROL, '')}"`;
    person.name = clean(person.name, `${who}, field name`) as string;
    person.organisation = clean(person.organisation, `${who}, field organisation`);
    person.title = clean(person.title, `${who}, field title`);
    person.notes = clean(person.notes, `${who}, field notes`);
    if (person.tags) person.tags = person.tags.map((tag) => clean(tag, `${who}, field tags`) as string).filter((tag) => tag !== '');
    if (person.organisation === '') delete person.organisation;
    if (person.title === '') delete person.title;
  }
  for (const event of bundle.events) {
    const which = `event "${event.name.replace(CONTROL, '')}"`;
    event.name = clean(event.name, `${which}, field name`) as string;
    event.place = clean(event.place, `${which}, field place`);
    event.hostOrganisation = clean(event.hostOrganisation, `${which}, field host organisation`);
  }
  if (bundle.organisations) bundle.organisations = bundle.organisations.map((o) => clean(o, `organisation "${o.replace(CONTROL, '')}"`) as string).filter((o) => o !== '');
  if (warned > 100) bundle.warnings.push({ message: `… and ${warned - 100} more fields with control characters removed` });
}
