// What every parser of one file of a LinkedIn archive shares: its descriptor, and the context
// it writes into (the bundle, the people registry, and stable ids for rows without one).
import type { ImportBundle, ImportedInteraction } from '../bundle';
import type { LinkedInPeople } from './people';
import type { TableShape } from './table';

export interface LinkedInContext {
  bundle: ImportBundle;
  people: LinkedInPeople;
  /** Adds an interaction under a stable external id; a second row with the same content gets "#2". */
  interaction(x: Omit<ImportedInteraction, 'externalId' | 'channel'>, id: string): void;
  /** Who took part in each conversation of messages.csv (to recognise the owner without Profile.csv). */
  conversations: Map<string, Set<string>>;
  participants(conversation: string, ...keys: string[]): void;
}

export interface LinkedInFile {
  /** The entry's name in the archive (matched case-insensitively, in any folder). */
  name: string;
  shape: TableShape;
  parse(text: string, file: string, context: LinkedInContext): void;
}

export function makeContext(bundle: ImportBundle, people: LinkedInPeople): LinkedInContext {
  const seen = new Map<string, number>();
  const conversations = new Map<string, Set<string>>();
  return {
    bundle,
    people,
    conversations,
    participants(conversation, ...keys) {
      let set = conversations.get(conversation);
      if (!set) conversations.set(conversation, (set = new Set()));
      for (const key of keys) set.add(key);
    },
    interaction(x, id) {
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      bundle.interactions.push({ ...x, channel: 'linkedin', externalId: `linkedin:${id}${n > 1 ? `#${n}` : ''}` });
    },
  };
}

/** The part of a person's key that stays the same across exports: the profile slug, or the name. */
export const stableKey = (key: string): string => key.replace(/^linkedin(?:-name)?:/, '');
