// Exports the current view as PNG or SVG, labels included, at the chosen scale.
import type { Core } from 'cytoscape';
import { downloadBlob } from '../../download';
import { downloadText } from '../../format';

export function exportPng(cy: Core, scale: number, background: string): void {
  const blob = cy.png({ output: 'blob', full: true, scale, bg: background, maxWidth: 16384, maxHeight: 16384 });
  downloadBlob(`maillage-network@${scale}x.png`, blob);
}

/** cy.svg() comes from cytoscape-svg, registered where Cytoscape is loaded (cytoscape-loader.ts). */
export function exportSvg(cy: Core, scale: number, background: string): void {
  const text = (cy as Core & { svg(options: object): string }).svg({ full: true, scale, bg: background });
  downloadText('maillage-network.svg', text, 'image/svg+xml');
}
