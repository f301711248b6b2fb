/**
 * The web UI's static files (web/: plain ES modules and CSS, no build step). Only files inside web/ with a
 * known type are served; every response carries a Content-Security-Policy that forbids inline script and any
 * resource from elsewhere, a second wall behind the UI's rule of building the DOM with textContent.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono, MiddlewareHandler } from 'hono';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
};

async function sendFile(relative: string): Promise<Response | null> {
  const path = resolve(WEB_DIR, relative);
  const type = TYPES[extname(path)];
  if (!type || !path.startsWith(WEB_DIR.endsWith(sep) ? WEB_DIR : WEB_DIR + sep)) return null;
  try {
    return new Response(await readFile(path), {
      headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' },
    });
  } catch {
    return null;
  }
}

export function staticRoutes(app: Hono): void {
  app.get('/', async (c) => (await sendFile('index.html')) ?? c.text('the web UI is not installed', 500));
  app.get(
    '/web/*',
    async (c) =>
      (await sendFile(decodeURIComponent(c.req.path.slice('/web/'.length)))) ?? c.text('not found', 404),
  );
}
