// Who is who across the files of one LinkedIn archive: people are recognised by their normalised
// profile URL first, then by their name (when that name is one person's), and the owner of the
// archive by Profile.csv's name and the URLs seen with it.
import type { ImportBundle, ImportedPerson } from '../bundle';
import { linkedInSlug, nameKey, normaliseXHandle } from '../common';
import { repairMojibake } from './text';

/** The owner of the network in every bundle; the writer maps it to the existing is_me person. */
export const OWNER_KEY = 'me';

/** What a row says about someone: a name, a profile URL, and what else the file knows. */
export interface PersonMention {
  name: string;
  url?: string;
  title?: string;
  organisation?: string;
  email?: string;
}

export class LinkedInPeople {
  readonly owner: ImportedPerson = { key: OWNER_KEY, name: '', handles: [], isMe: true };
  private readonly bySlug = new Map<string, ImportedPerson>();
  /** null: two people share this name, so a name alone cannot say which. */
  private readonly byName = new Map<string, ImportedPerson | null>();
  private readonly ownerNames = new Set<string>();

  constructor(private readonly bundle: ImportBundle) {
    bundle.people.push(this.owner);
  }

  /** Profile.csv: the owner's name, headline and X handles ("[alice, bob]" or "alice"). */
  setOwner(name: string, headline: string, twitter: string): void {
    const clean = repairMojibake(name).trim();
    if (clean) {
      this.owner.name = clean;
      this.ownerNames.add(nameKey(clean));
    }
    if (headline.trim()) this.owner.title = repairMojibake(headline).trim();
    for (const part of twitter.replace(/[[\]]/g, ' ').split(/[\s,;]+/)) {
      const x = part ? normaliseXHandle(part) : null;
      if (x && !this.owner.handles.some((h) => h.kind === 'x' && h.value === x)) this.owner.handles.push({ kind: 'x', value: x });
    }
  }

  /** Recognises the owner by a name seen without Profile.csv (the one person in every conversation). */
  addOwnerName(name: string): void {
    const key = nameKey(repairMojibake(name));
    if (!key) return;
    this.ownerNames.add(key);
    if (!this.owner.name) this.owner.name = repairMojibake(name).trim();
  }

  isOwner(mention: PersonMention): boolean {
    const slug = mention.url ? linkedInSlug(mention.url) : null;
    if (slug && this.owner.handles.some((h) => h.kind === 'linkedin' && h.value === profileUrl(slug))) return true;
    if (slug && this.bySlug.has(slug)) return false;
    return this.ownerNames.has(nameKey(repairMojibake(mention.name)));
  }

  /**
   * The bundle key of the person a row names, created when new. Returns null when the row names
   * nobody (no name, no usable URL).
   */
  ref(mention: PersonMention): string | null {
    // messages.csv names the same few hundred people tens of thousands of times: a row that only
    // names someone (no title, company, email) resolves as the same row did before.
    const bare = !mention.title && !mention.organisation && !mention.email;
    const memo = bare ? `${mention.name}\u0000${mention.url ?? ''}` : '';
    if (bare) {
      const known = this.resolved.get(memo);
      if (known !== undefined) return known;
    }
    const key = this.resolve(mention);
    if (bare) this.resolved.set(memo, key);
    return key;
  }

  private readonly resolved = new Map<string, string | null>();

  private resolve(mention: PersonMention): string | null {
    const name = repairMojibake(mention.name).trim();
    const slug = mention.url ? linkedInSlug(mention.url) : null;
    if (!name && !slug) return null;
    if (this.isOwner(mention)) {
      if (slug) this.addHandle(this.owner, 'linkedin', profileUrl(slug));
      return OWNER_KEY;
    }
    const key = nameKey(name);
    let person = slug ? this.bySlug.get(slug) : undefined;
    if (!person && key) {
      const named = this.byName.get(key);
      // The same name is the same person when one side has no URL, or when this URL is an opaque
      // member id ("ACoAAB…", written by some files where others write the public slug). Two
      // public slugs under one name are two people.
      const namedSlug = named?.handles.find((h) => h.kind === 'linkedin');
      if (named && (!slug || !namedSlug || isMemberId(slug))) person = named;
    }
    if (!person) {
      person = { key: slug ? `linkedin:${slug}` : `linkedin-name:${key}`, name, handles: [] };
      this.bundle.people.push(person);
      if (key) this.byName.set(key, this.byName.has(key) ? null : person);
    } else if (!person.name && name) {
      person.name = name;
      if (key && !this.byName.has(key)) this.byName.set(key, person);
    }
    if (slug) {
      if (!this.bySlug.has(slug)) this.bySlug.set(slug, person);
      this.addHandle(person, 'linkedin', profileUrl(slug));
    }
    if (mention.title && !person.title) person.title = repairMojibake(mention.title).trim();
    if (mention.organisation && !person.organisation) person.organisation = repairMojibake(mention.organisation).trim();
    if (mention.email) this.addHandle(person, 'email', mention.email);
    return person.key;
  }

  private addHandle(person: ImportedPerson, kind: 'linkedin' | 'email', value: string): void {
    if (!person.handles.some((h) => h.kind === kind && h.value === value)) person.handles.push({ kind, value });
  }
}

/** LinkedIn's opaque member ids ("ACoAAB3x…") stand in for the public slug in some files. */
const isMemberId = (slug: string): boolean => /^acoa[a-z0-9_-]{10,}$/.test(slug);

export const profileUrl = (slug: string): string => `https://www.linkedin.com/in/${slug}`;
