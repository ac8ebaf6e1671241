// `maillage serve`: opens the network and serves the app on the loopback interface.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import { serveNetwork, type RunningServer } from '../gate';

export interface ServeHandle {
  server: RunningServer;
  stop(): Promise<void>;
}

export async function serveCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<ServeHandle> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, renderer: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number from 0 to 65535, got "${values.port}"`);

  const { file, server: running, stop } = await serveNetwork(db, { port, ...(values.renderer ? { rendererDir: values.renderer } : {}), out });
  out(`Maillage is serving ${file}`);
  out(`Open: ${running.url}`);
  out('Press Ctrl+C to stop.');
  return { server: running, stop };
}
