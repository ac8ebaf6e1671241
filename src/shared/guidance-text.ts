// The words of a guidance item in the user's language: the same title, reason and fixes in the app's
// panel and on the CLI's stderr.
import type { GuidanceItem, GuidanceTopic } from './guidance';
import { RANKABLE_SCORES, type RankableScore } from './scores';
import type { Translate } from './watch-text';

export interface GuidanceWords {
  title: string;
  why: string;
  /** The scores it affects, by their names in the locales. */
  affects: string[];
  fixes: string[];
}

const isRankable = (topic: GuidanceTopic): topic is RankableScore => (RANKABLE_SCORES as readonly string[]).includes(topic);

export function topicName(topic: GuidanceTopic, t: Translate): string {
  return isRankable(topic) ? t(`scores.names.${topic}`) : t(`guidance.topics.${topic}`);
}

function reason(item: GuidanceItem, t: Translate): string {
  const p = item.params;
  const key = `guidance.items.${item.id}`;
  switch (item.id) {
    case 'talk': {
      const why = p.silent === p.contacts ? t(`${key}.whyAll`, { count: p.contacts ?? 0 }) : t(`${key}.why`, { count: p.silent ?? 0, contacts: p.contacts ?? 0 });
      // Only a group of two or more shares one score; one person alone says nothing about flatness.
      return (p.connectionOnly ?? 0) >= 2 ? `${why} ${t(`${key}.flat`, { count: p.connectionOnly ?? 0 })}` : why;
    }
    case 'reciprocity':
      return p.byConnection === p.reciprocal ? t(`${key}.whyAll`, { count: p.reciprocal ?? 0 }) : t(`${key}.why`, { count: p.byConnection ?? 0, reciprocal: p.reciprocal ?? 0 });
    case 'brokerage':
      return p.beyond === 0 ? t(`${key}.whyNone`, { contacts: p.contacts ?? 0 }) : t(`${key}.why`, { count: p.beyond ?? 0, contacts: p.contacts ?? 0 });
    case 'untied':
      return t(`${key}.why`, { count: p.untied ?? 0 });
    case 'meetings':
      return (p.guests ?? 0) > 0 ? t(`${key}.whyGuests`, { count: p.guests ?? 0, attended: p.attended ?? 0 }) : t(`${key}.why`);
    case 'owner':
      return t(`${key}.why`);
  }
}

export function guidanceWords(item: GuidanceItem, t: Translate): GuidanceWords {
  return {
    title: t(`guidance.items.${item.id}.title`),
    why: reason(item, t),
    affects: item.affects.map((topic) => topicName(topic, t)),
    fixes: item.fixes.map((fix) => t(`guidance.fixes.${fix}`)),
  };
}

/** One line of plain text (the CLI prints one per item on stderr). */
export function guidanceLine(item: GuidanceItem, t: Translate): string {
  const words = guidanceWords(item, t);
  return `${words.title}. ${words.why} ${t('guidance.toAdd', { fixes: words.fixes.join('; ') })}.`;
}
