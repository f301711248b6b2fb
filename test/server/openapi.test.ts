import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { MemoryStore } from '../../src/store/memory-store.js';

const spec = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};

/** Every API route of the app as "GET /api/x/{id}" (Hono's :id written the OpenAPI way). */
const appRoutes = () =>
  [
    ...new Set(
      createApp(new MemoryStore())
        .routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    ),
  ].sort();
const specRoutes = () =>
  Object.entries(spec.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();

describe('docs/openapi.json', () => {
  it('documents every API route of the app, and nothing else', () => {
    expect(specRoutes()).toEqual(appRoutes());
  });

  it('lists the routes the issue asks for', () => {
    expect(appRoutes()).toEqual([
      'GET /api/documents',
      'GET /api/documents/{id}',
      'GET /api/entities',
      'GET /api/entities/{id}',
      'GET /api/search',
      'GET /api/story',
      'GET /api/timeline',
    ]);
  });
});
