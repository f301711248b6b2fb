import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { existingStore, parse, printHelp, UsageError } from '../options.js';

export const SERVE_HELP = `Usage: masar serve --db <file> [--port N] [--host H]

Serves the web UI and the HTTP API (default http://127.0.0.1:8080). Stop with Ctrl-C.`;

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(SERVE_HELP);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: "${values.port}" is not a port number`);
  const hostname = values.host ?? '127.0.0.1';
  const store = new SqliteStore(existingStore(values.db));
  const app = createApp(store);
  try {
    await new Promise<void>((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
        process.stdout.write(`masar: serving on http://${hostname}:${info.port}/\n`);
      });
      server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, hostname, port)));
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } finally {
    store.close();
  }
  return 0;
}

/** A port in use or a host that is not this machine's, said with the address and what to do. */
function listenError(error: NodeJS.ErrnoException, hostname: string, port: number): Error {
  const where = `${hostname}:${port}`;
  if (error.code === 'EADDRINUSE')
    return new Error(`${where} is already in use (another masar serve?); choose another with --port`);
  if (error.code === 'EACCES')
    return new Error(`${where}: no permission to listen there; choose a port above 1023`);
  if (error.code === 'EADDRNOTAVAIL')
    return new Error(`${where}: "${hostname}" is not an address of this machine`);
  return error;
}
