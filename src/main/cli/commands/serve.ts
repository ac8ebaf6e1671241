// `maillage serve`: opens the network and serves the app on the loopback interface.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventChannel } from '../../../shared/channels';
import type { EventPayload } from '../../../shared/contract';
import { Network } from '../../core/network';
import { defaultDataDir, defaultSampleFile } from '../../core/paths';
import { PreferenceStore } from '../../core/preferences';
import { createServices } from '../../core/services';
import { ImportStaging, removeAbandonedStaging } from '../../core/import/staging';
import { DEFAULT_SAMPLE_SEED } from '../../core/sample/generate';
import { startServer, type RunningServer } from '../../serve/server';
import { defaultRendererDir } from '../../serve/renderer-dir';
import { UsageError } from '../errors';

export interface ServeHandle {
  server: RunningServer;
  stop(): Promise<void>;
}

export async function serveCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<ServeHandle> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, renderer: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number from 0 to 65535, got "${values.port}"`);

  const dataDir = defaultDataDir();
  const file = db ?? defaultSampleFile(dataDir);
  // Our own data folder is created on first use; a folder the user named is never created
  // behind their back (a typo in --db would silently start a new, empty network elsewhere).
  if (db === undefined) mkdirSync(dirname(file), { recursive: true });
  else if (!existsSync(dirname(file))) throw new UsageError(`${file}: the folder ${dirname(file)} does not exist; create it first or check the path (serve does not create folders)`);
  const abandoned = removeAbandonedStaging();
  if (abandoned.length) out(`Removed ${abandoned.length} import file folder(s) left in the temp folder by a Maillage that was stopped abruptly.`);
  // Without --db, the first start creates the sample network; an explicit new file starts empty.
  const network = Network.create(file, { sample: db === undefined ? { seed: DEFAULT_SAMPLE_SEED } : false });
  let server: RunningServer | undefined;
  const emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => server?.emit(channel, payload);
  const staging = new ImportStaging();
  const api = createServices({
    networks: { current: () => network },
    preferences: new PreferenceStore(join(dataDir, 'preferences.json')),
    emit,
    staging,
  });
  try {
    server = await startServer({ api, staging, rendererDir: values.renderer ?? defaultRendererDir(), port });
  } catch (error) {
    staging.clear();
    network.close();
    throw error;
  }
  out(`Maillage is serving ${file}`);
  out(`Open: ${server.url}`);
  out('Press Ctrl+C to stop.');
  const running = server;
  return {
    server: running,
    stop: async () => {
      await running.close();
      staging.clear();
      network.close();
    },
  };
}
