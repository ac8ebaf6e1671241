// Cytoscape's stylesheet for the network drawing: size by partners, colour by role, reciprocal
// ties solid and one-way ties dashed.
import type { StylesheetJson } from 'cytoscape';
import { ROLE_COLOURS } from '../../roles';

export function networkStyle(dark: boolean): StylesheetJson {
  const text = dark ? '#e8e8ea' : '#1d1d1f';
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
