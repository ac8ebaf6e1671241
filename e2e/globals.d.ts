// What the specs read from the page: the live Cytoscape instance and the preload's bridge.
import type { Core } from 'cytoscape';
import type { Bridge } from '../src/shared/bridge';

declare global {
  interface Window {
    __maillageCy?: Core;
    maillage?: Bridge;
  }
}

export {};
