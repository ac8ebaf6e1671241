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

/** Applies the filter; returns how many people and ties remain visible. The class changes go to
 * the elements whose visibility changes only, in two collection calls: toggling each element in
 * turn took 0.33 s of the first paint of 10,000 people / 40,000 ties, where nothing is hidden
 * (bench/render.bench.ts --profile). */
export function applyFilter(cy: Core, filter: NodeFilter, scores: Map<number, PersonScores>): { people: number; ties: number } {
  const org = filter.organisation.trim().toLowerCase();
  const hiddenPeople = isFiltering({ ...filter, minStrength: 0 })
    ? cy.nodes().filter((node) => {
        const s = scores.get(Number(node.id()));
        const keep =
          (filter.role === '' || node.data('role') === filter.role) &&
          (filter.community === '' || s?.community === filter.community) &&
          (filter.quadrant === '' || s?.quadrant === filter.quadrant) &&
          (org === '' || String(node.data('organisation')).toLowerCase().includes(org)) &&
          (filter.minInfluence <= 0 || (s?.influence ?? 0) >= filter.minInfluence);
        return !keep;
      })
    : cy.collection();
  const weakTies = filter.minStrength > 0 ? cy.edges().filter((edge) => (edge.data('strength') as number) < filter.minStrength) : cy.collection();
  const hide = hiddenPeople.union(weakTies);
  cy.batch(() => {
    cy.elements('.hidden').difference(hide).removeClass('hidden');
    hide.addClass('hidden');
  });
  const hiddenIds = new Set(hiddenPeople.map((n) => n.id()));
  const weakIds = new Set(weakTies.map((e) => e.id()));
  let ties = 0;
  cy.edges().forEach((edge) => {
    if (!weakIds.has(edge.id()) && !hiddenIds.has(edge.data('source') as string) && !hiddenIds.has(edge.data('target') as string)) ties++;
  });
  return { people: cy.nodes().length - hiddenPeople.length, ties };
}
