import type { Hono } from 'hono';
import { outletOf } from '../store/pack-doc.js';
import type { Store } from '../store/store.js';
import { docAnnotations } from './doc-annotations.js';
import { entityNames } from './routes-search.js';
import type { StoryIndex } from './story-view.js';
import { badRequest, DOC_FILTER, parseQuery } from './validate.js';

export function documentRoutes(app: Hono, store: Store, view: () => StoryIndex): void {
  app.get('/api/documents', (c) => {
    const parsed = parseQuery(c, DOC_FILTER);
    if (!parsed.ok) return badRequest(c, parsed.problems);
    const { entity, ...filter } = parsed.value;
    return c.json(store.listDocs({ ...filter, entity: entityNames(entity, view) }));
  });
  app.get('/api/documents/:id', (c) => {
    const id = c.req.param('id');
    const index = view();
    const doc = index.story.documents.find((d) => d.id === id);
    if (!doc)
      return c.json({ error: 'not found', problems: [{ path: 'id', message: `no document "${id}"` }] }, 404);
    const stored = store.getDoc(id);
    return c.json({
      document: { ...doc, outlet: stored ? outletOf(stored) : doc.source },
      annotations: docAnnotations(doc, stored, index),
    });
  });
}
