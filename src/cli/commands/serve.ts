import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { parse, printHelp, requireString, UsageError } from '../options.js';

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
  const store = new SqliteStore(requireString(values.db, 'db'));
  const app = createApp(store);
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      process.stdout.write(`masar: serving on http://${hostname}:${info.port}/\n`);
    });
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  store.close();
  return 0;
}
