// Exports the current view as PNG or SVG, labels included, at the chosen scale.
import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { downloadBlob } from '../../download';
import { downloadText } from '../../format';

cytoscape.use(svg);

export function exportPng(cy: Core, scale: number, background: string): void {
  const blob = cy.png({ output: 'blob', full: true, scale, bg: background, maxWidth: 16384, maxHeight: 16384 });
  downloadBlob(`maillage-network@${scale}x.png`, blob);
}

export function exportSvg(cy: Core, scale: number, background: string): void {
  const text = (cy as Core & { svg(options: object): string }).svg({ full: true, scale, bg: background });
  downloadText('maillage-network.svg', text, 'image/svg+xml');
}
