// Cytoscape's stylesheet for the network drawing: size by partners, colour by role; reciprocal
// ties solid and one-way ties dashed with arrowheads — or, past LEAN_STYLE_TIES, reciprocal ties
// darker and one-way ties lighter, straight and without arrowheads.
import type { StylesheetJson } from 'cytoscape';
import { ROLE_COLOURS } from '../../roles';

/** Above this many ties the drawing uses the lean style. Arrowheads and dashes are what the canvas
 * renderer spends the most on: drawing 8,000 ties took 1.27 s dashed against 0.39 s solid in
 * headless Chromium without a GPU, and arrowheads were 0.75 s of each full redraw of 2,000 people /
 * 8,000 ties (bench/render.bench.ts --profile on a 2-core machine). The built-in sample (300
 * people, 3,905 ties) keeps its arrowheads and dashes. */
export const LEAN_STYLE_TIES = 5000;

export function networkStyle(dark: boolean, lean = false): StylesheetJson {
  const text = dark ? '#e8e8ea' : '#1d1d1f';
  const edges: StylesheetJson = lean
    ? [
        {
          // Cytoscape's default curve, haystack: straight centre-to-centre lines with no
          // arrowheads, so no control points nor arrow geometry per tie.
          selector: 'edge',
          style: {
            width: 'mapData(weight, 0, 10, 0.5, 4)',
            'line-color': dark ? '#55555e' : '#b4b4bc',
            opacity: 0.7,
            // Not hit-tested: Cytoscape tests every interactive element's label box on each mouse
            // move, 1.3 s of a 4 s pan/zoom gesture over 5,000 people / 20,000 ties. Ties are not
            // clicked in this view; people are.
            events: 'no',
          },
        },
        { selector: 'edge[?reciprocal]', style: { 'line-color': dark ? '#a3abd6' : '#4a5490' } },
      ]
    : [
        {
          selector: 'edge',
          style: {
            width: 'mapData(weight, 0, 10, 0.5, 4)',
            'line-color': dark ? '#6b6b75' : '#b8b8c0',
            'target-arrow-color': dark ? '#6b6b75' : '#b8b8c0',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.5,
            'curve-style': 'straight',
            opacity: 0.55,
          },
        },
        { selector: 'edge[!reciprocal]', style: { 'line-style': 'dashed', 'line-dash-pattern': [4, 3] } },
      ];
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 'data(fontSize)',
        color: text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'min-zoomed-font-size': 8,
        'text-outline-color': dark ? '#151517' : '#ffffff',
        'text-outline-width': 1.5,
        'border-width': 0.5,
        'border-color': dark ? '#151517' : '#ffffff',
      },
    },
    { selector: 'node[?isMe]', style: { 'border-width': 3, 'border-color': dark ? '#ffffff' : '#1d1d1f', 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ff3b30' } },
    ...edges,
    { selector: 'edge:selected', style: { 'line-color': '#ff3b30', 'target-arrow-color': '#ff3b30', opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.1, 'text-opacity': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ff9500', 'font-size': 12, 'text-opacity': 1 } },
    { selector: 'edge.path', style: { 'line-color': '#ff9500', 'target-arrow-color': '#ff9500', width: 4, opacity: 1, 'line-style': 'solid' } },
  ];
}

export const ROLE_LEGEND = Object.entries(ROLE_COLOURS);

/** Communities: a qualitative palette (Tableau 10), repeated past ten communities. */
export const COMMUNITY_COLOURS = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];

export const QUADRANT_COLOURS = { star: '#D55E00', expert: '#009E73', megaphone: '#CC79A7', peer: '#999999' } as const;
