// `maillage serve`: opens the network and serves the app on the loopback interface.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventChannel } from '../../../shared/channels';
import type { EventPayload } from '../../../shared/contract';
import { Network } from '../../core/network';
import { NetworkFolder } from '../../core/network-folder';
import { defaultDataDir, defaultSampleFile } from '../../core/paths';
import { PreferenceStore } from '../../core/preferences';
import { createServices } from '../../core/services';
import { ImportStaging } from '../../core/import/staging';
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
  mkdirSync(dirname(file), { recursive: true });
  // Without --db, the first start creates the sample network; an explicit new file starts empty.
  const network = Network.create(file, { sample: db === undefined ? { seed: DEFAULT_SAMPLE_SEED } : false });
  let server: RunningServer | undefined;
  const emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => server?.emit(channel, payload);
  const staging = new ImportStaging();
  // Without --db, the page can start the user's own network in the data folder, and switch
  // between its networks, without a restart.
  const folder = db === undefined ? new NetworkFolder(dataDir, network) : undefined;
  const api = createServices({
    networks: folder ?? { current: () => network },
    ...(folder ? { folder } : {}),
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
      (folder?.current() ?? network).close();
    },
  };
}
