// The user's interface preferences (language, theme), kept in a small JSON file in the app's
// data folder and shared by the Electron app and the browser host.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Preferences } from '../../shared/domain';

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' };

export class PreferenceStore {
  constructor(private readonly file: string | null) {}

  read(): Preferences {
    if (!this.file) return { ...DEFAULT_PREFERENCES, ...this.memory };
    try {
      const value = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Preferences>;
      return {
        language: value.language === 'fr' || value.language === 'en' ? value.language : 'system',
        theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
        ...(value.autoScores === false ? { autoScores: false } : {}),
      };
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
  }

  write(patch: Partial<Preferences>): Preferences {
    const next = { ...this.read(), ...patch };
    if (!this.file) {
      this.memory = next;
      return next;
    }
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves a truncated preferences file.
    writeFileSync(`${this.file}.tmp`, JSON.stringify(next, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
    return next;
  }

  private memory: Partial<Preferences> = {};
}
