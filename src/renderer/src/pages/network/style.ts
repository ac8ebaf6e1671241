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

/** What people and ties look like, for both drawings of the network: Cytoscape's stylesheet
 * (networkStyle) and the picture shown while Cytoscape is built (picture.ts). One source, so that
 * the hand-over from one to the other changes no colour. Lengths are in model units. */
export interface NetworkLook {
  /** The drawing's background: people's thin outline and the halo around labels. */
  background: string;
  text: string;
  /** A person's outline. */
  border: number;
  /** "Me": a thicker, contrasting outline. */
  meBorder: number;
  meColour: string;
  selectedBorder: number;
  selectedColour: string;
  /** Labels are drawn only where font size × zoom reaches this (Cytoscape's min-zoomed-font-size). */
  minZoomedFontSize: number;
  labelMarginY: number;
  labelOutline: number;
  tie: {
    /** One-way ties (and every tie in the full style). */
    colour: string;
    reciprocalColour: string;
    opacity: number;
    /** Width mapped linearly from weight 0…maxWeight to minWidth…maxWidth, clamped (mapData). */
    minWidth: number;
    maxWidth: number;
    maxWeight: number;
    /** One-way ties' dash pattern; null: solid. */
    oneWayDash: [number, number] | null;
    /** Arrowheads at the recipient's end (triangles, arrow-scale). */
    arrowScale: number | null;
  };
}

export function networkLook(dark: boolean, lean = false): NetworkLook {
  const full = dark ? '#6b6b75' : '#b8b8c0';
  return {
    background: dark ? '#151517' : '#ffffff',
    text: dark ? '#e8e8ea' : '#1d1d1f',
    border: 0.5,
    meBorder: 3,
    meColour: dark ? '#ffffff' : '#1d1d1f',
    selectedBorder: 4,
    selectedColour: '#ff3b30',
    minZoomedFontSize: 8,
    labelMarginY: 3,
    labelOutline: 1.5,
    tie: lean
      ? { colour: dark ? '#55555e' : '#b4b4bc', reciprocalColour: dark ? '#a3abd6' : '#4a5490', opacity: 0.7, minWidth: 0.5, maxWidth: 4, maxWeight: 10, oneWayDash: null, arrowScale: null }
      : { colour: full, reciprocalColour: full, opacity: 0.55, minWidth: 0.5, maxWidth: 4, maxWeight: 10, oneWayDash: [4, 3], arrowScale: 0.5 },
  };
}

export function networkStyle(dark: boolean, lean = false): StylesheetJson {
  const look = networkLook(dark, lean);
  const { tie } = look;
  const width = `mapData(weight, 0, ${tie.maxWeight}, ${tie.minWidth}, ${tie.maxWidth})`;
  const edges: StylesheetJson = lean
    ? [
        {
          // Cytoscape's default curve, haystack: straight centre-to-centre lines with no
          // arrowheads, so no control points nor arrow geometry per tie.
          selector: 'edge',
          style: {
            width,
            'line-color': tie.colour,
            opacity: tie.opacity,
            // Not hit-tested: Cytoscape tests every interactive element's label box on each mouse
            // move, 1.3 s of a 4 s pan/zoom gesture over 5,000 people / 20,000 ties. Ties are not
            // clicked in this view; people are.
            events: 'no',
          },
        },
        { selector: 'edge[?reciprocal]', style: { 'line-color': tie.reciprocalColour } },
      ]
    : [
        {
          selector: 'edge',
          style: {
            width,
            'line-color': tie.colour,
            'target-arrow-color': tie.colour,
            'target-arrow-shape': 'triangle',
            'arrow-scale': tie.arrowScale ?? 1,
            'curve-style': 'straight',
            opacity: tie.opacity,
          },
        },
        { selector: 'edge[!reciprocal]', style: { 'line-style': 'dashed', 'line-dash-pattern': tie.oneWayDash ?? [4, 3] } },
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
        color: look.text,
        'text-valign': 'bottom',
        'text-margin-y': look.labelMarginY,
        'min-zoomed-font-size': look.minZoomedFontSize,
        'text-outline-color': look.background,
        'text-outline-width': look.labelOutline,
        'border-width': look.border,
        'border-color': look.background,
      },
    },
    { selector: 'node[?isMe]', style: { 'border-width': look.meBorder, 'border-color': look.meColour, 'font-weight': 'bold' } },
    // Audience accounts ("show audience"): small, grey, tied to the owner by faint dotted follows.
    { selector: 'node[?audience]', style: { width: 6, height: 6, 'background-color': '#9a9aa0', 'border-width': 0 } },
    { selector: 'edge[?audience]', style: { width: 0.5, opacity: 0.35, 'line-style': 'dotted', 'line-color': '#9a9aa0', 'target-arrow-color': '#9a9aa0' } },
    { selector: 'node:selected', style: { 'border-width': look.selectedBorder, 'border-color': look.selectedColour } },
    ...edges,
    { selector: 'edge:selected', style: { 'line-color': look.selectedColour, 'target-arrow-color': look.selectedColour, opacity: 1 } },
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
