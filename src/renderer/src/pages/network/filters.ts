// What the user chose to see: node filters applied as a class in one batch (hidden nodes take
// their edges with them), and an edge filter on tie strength.
import type { Core } from 'cytoscape';
import type { Role } from '../../../../shared/domain';
import type { PersonScores, QuadrantName } from '../../../../shared/scores';

export interface NodeFilter {
  role: Role | '';
  community: number | '';
  quadrant: QuadrantName | '';
  organisation: string;
  /** Minimum influence (0–100); 0 keeps everyone. */
  minInfluence: number;
  /** Minimum tie strength for an edge to show; 0 keeps every tie. */
  minStrength: number;
}

export const NO_FILTER: NodeFilter = { role: '', community: '', quadrant: '', organisation: '', minInfluence: 0, minStrength: 0 };

export function isFiltering(f: NodeFilter): boolean {
  return f.role !== '' || f.community !== '' || f.quadrant !== '' || f.organisation.trim() !== '' || f.minInfluence > 0 || f.minStrength > 0;
}

/** Applies the filter; returns how many people and ties remain visible. */
export function applyFilter(cy: Core, filter: NodeFilter, scores: Map<number, PersonScores>): { people: number; ties: number } {
  const org = filter.organisation.trim().toLowerCase();
  let people = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const s = scores.get(Number(node.id()));
      const keep =
        (filter.role === '' || node.data('role') === filter.role) &&
        (filter.community === '' || s?.community === filter.community) &&
        (filter.quadrant === '' || s?.quadrant === filter.quadrant) &&
        (org === '' || String(node.data('organisation')).toLowerCase().includes(org)) &&
        (filter.minInfluence <= 0 || (s?.influence ?? 0) >= filter.minInfluence);
      node.toggleClass('hidden', !keep);
      if (keep) people++;
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('hidden', filter.minStrength > 0 && (edge.data('strength') as number) < filter.minStrength);
    });
  });
  const ties = cy.edges().filter((e) => !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden')).length;
  return { people, ties };
}
