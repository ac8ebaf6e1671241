// What the desktop app remembers between runs: window bounds and recent files, in userData.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface AppState {
  window: WindowBounds;
  recent: string[];
}

const DEFAULT_STATE: AppState = { window: { width: 1280, height: 820, maximized: false }, recent: [] };
const MAX_RECENT = 10;

export class AppStateStore {
  constructor(private readonly file: string) {}

  read(): AppState {
    try {
      const value = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<AppState>;
      return {
        window: { ...DEFAULT_STATE.window, ...(value.window ?? {}) },
        recent: Array.isArray(value.recent) ? value.recent.filter((f): f is string => typeof f === 'string').slice(0, MAX_RECENT) : [],
      };
    } catch {
      return structuredClone(DEFAULT_STATE);
    }
  }

  update(change: (state: AppState) => void): AppState {
    const state = this.read();
    change(state);
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(state, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
    return state;
  }

  addRecent(file: string): AppState {
    return this.update((s) => {
      s.recent = [file, ...s.recent.filter((f) => f !== file)].slice(0, MAX_RECENT);
    });
  }
}
