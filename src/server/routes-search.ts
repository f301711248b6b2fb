import type { Hono } from 'hono';
import { z } from 'zod';
import { searchDocs } from '../search/search-docs.js';
import type { Store } from '../store/store.js';
import type { StoryIndex } from './story-view.js';
import { badRequest, DOC_FILTER, parseQuery } from './validate.js';

const SEARCH_QUERY = { q: z.string().trim().min(1, 'a query is required').max(500), ...DOC_FILTER };

/** An entity filter given as a story entity id stands for every variant of that entity. */
export function entityNames(entity: string | undefined, view: () => StoryIndex): string[] | undefined {
  if (entity === undefined) return undefined;
  const found = /^[\w-]+$/.test(entity) ? view().entityById.get(entity) : undefined;
  return found ? [found.name, ...found.variants] : [entity];
}

export function searchRoutes(app: Hono, store: Store, view: () => StoryIndex): void {
  app.get('/api/search', (c) => {
    const parsed = parseQuery(c, SEARCH_QUERY);
    if (!parsed.ok) return badRequest(c, parsed.problems);
    const { q, entity, ...filter } = parsed.value;
    return c.json(searchDocs(store, q, { ...filter, entity: entityNames(entity, view) }));
  });
}
