// Node size by any score and colour by role, community or quadrant, applied in one batch.
import type { Core } from 'cytoscape';
import { RANKABLE_SCORES, scoreValue, type RankableScore, type PersonScores } from '../../../../shared/scores';
import { ROLE_COLOURS } from '../../roles';
import { COMMUNITY_COLOURS, QUADRANT_COLOURS } from './style';
import type { Role } from '../../../../shared/domain';

export type SizeBy = 'partners' | RankableScore;
export type ColourBy = 'role' | 'community' | 'quadrant';

export const SCORE_OF: Record<RankableScore, (s: PersonScores) => number | null> = {
  ...(Object.fromEntries(RANKABLE_SCORES.map((id) => [id, (s: PersonScores) => scoreValue(s, id)])) as Record<RankableScore, (s: PersonScores) => number | null>),
  // Low constraint is brokerage: draw brokers big.
  constraint: (s) => (s.constraint === null ? null : 1 - Math.min(1, s.constraint)),
  audience: (s) => (s.audience > 0 ? Math.log10(s.audience) : 0),
};

/** The value a node is sized by (also used by the concentric layout). */
export function sizeValue(cy: Core, id: string, scores: Map<number, PersonScores>, sizeBy: SizeBy): number {
  const s = scores.get(Number(id));
  if (sizeBy === 'partners' || !s) return Math.sqrt(cy.getElementById(id).degree(false) / 2 + 1e-9);
  return SCORE_OF[sizeBy](s) ?? 0;
}

export function restyle(cy: Core, scores: Map<number, PersonScores>, sizeBy: SizeBy, colourBy: ColourBy): void {
  const values = new Map<string, number>();
  cy.nodes().forEach((n) => {
    values.set(n.id(), sizeBy === 'partners' ? 0 : sizeValue(cy, n.id(), scores, sizeBy));
  });
  const all = [...values.values()];
  const max = Math.max(...all, 1e-12);
  const min = Math.min(...all, 0);
  // Partners counted in one pass over the ties (a connectedEdges() collection per person took
  // most of restyle's 185 ms at 10,000 people / 40,000 ties).
  const partners = new Map<string, Set<string>>();
  if (sizeBy === 'partners') {
    const add = (a: string, b: string) => {
      const set = partners.get(a);
      if (set) set.add(b);
      else partners.set(a, new Set([b]));
    };
    cy.edges().forEach((e) => {
      add(e.data('source') as string, e.data('target') as string);
      add(e.data('target') as string, e.data('source') as string);
    });
  }
  // Only what changed is written: each data() call restyles the node and drops its cached
  // textures, and on first load the elements already carry these values (elements.ts).
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const s = scores.get(Number(node.id()));
      let size: number;
      if (sizeBy !== 'partners') {
        const share = ((values.get(node.id()) ?? 0) - min) / (max - min || 1);
        size = 6 + 34 * Math.sqrt(share);
      } else {
        size = partnersSize(partners.get(node.id())?.size ?? 0);
      }
      const colour =
        colourBy === 'community' && s
          ? COMMUNITY_COLOURS[s.community % COMMUNITY_COLOURS.length]
          : colourBy === 'quadrant' && s?.quadrant
            ? QUADRANT_COLOURS[s.quadrant]
            : ROLE_COLOURS[node.data('role') as Role];
      if (node.data('size') !== size || node.data('colour') !== colour) node.data({ size, colour });
    });
  });
}

/** A person's diameter when sized by partners (people they interact with, either way). */
export function partnersSize(partners: number): number {
  return 6 + 2.6 * Math.sqrt(partners);
}
