// Named communities, as every view shows them: named after their most influential member
// ("Claire Faure's circle") or their dominant organisation, or as the user renamed them.
export const COMMUNITY_NAME_KINDS = ['person', 'organisation', 'custom'] as const;
export type CommunityNameKind = (typeof COMMUNITY_NAME_KINDS)[number];

export interface CommunityInfo {
  /** The score run's own number for it (score.community). */
  community: number;
  /** The lasting community: the same id across runs while its members mostly stay. */
  id: number;
  kind: CommunityNameKind;
  /** The member's or organisation's name, or the user's name for it. */
  name: string;
  size: number;
}

/** The one way a community's name is written: the app in its language, CSV/CLI/GEXF in English. */
export function communityLabel(c: { kind: CommunityNameKind; name: string }, language: string = 'en'): string {
  if (c.kind !== 'person') return c.name;
  return language.startsWith('fr') ? `Cercle de ${c.name}` : `${c.name}'s circle`;
}
