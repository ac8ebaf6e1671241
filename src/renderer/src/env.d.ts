// Vite handles CSS imports; TypeScript only needs to know they exist.
declare module '*.css';

// cytoscape-svg ships no types: it registers cy.svg(options) → string.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const extension: cytoscape.Ext;
  export default extension;
}
