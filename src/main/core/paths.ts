// Where Maillage keeps its own files when the user has not chosen: the same folder Electron
// calls userData for an app named "Maillage", so the app and `maillage serve` share it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.MAILLAGE_DATA_DIR) return env.MAILLAGE_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Maillage');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Maillage');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Maillage');
}

export const NETWORK_EXTENSION = '.maillage';
export const SAMPLE_FILE_NAME = `Sample network${NETWORK_EXTENSION}`;

export function defaultSampleFile(dataDir: string = defaultDataDir()): string {
  return join(dataDir, SAMPLE_FILE_NAME);
}
