import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { documentRoutes } from './routes-documents.js';
import { entityRoutes } from './routes-entities.js';
import { searchRoutes } from './routes-search.js';
import { securityHeaders, staticRoutes } from './serve-static.js';
import { type StoryIndex, storyView } from './story-view.js';
import { timelineWithNames } from './timeline-names.js';

/**
 * The HTTP API (JSON, documented in docs/openapi.json, kept in step by test/server/openapi.test.ts) and the
 * web UI. Tested in-process with `app.request(...)`.
 */
export function createApp(store: Store): Hono {
  const app = new Hono();
  const view = storyView(store);
  const timelines = new WeakMap<StoryIndex, ReturnType<typeof timelineWithNames>>();
  /** Built once per story (the outlets come from the store's listing of every document). */
  const timelineOf = (index: StoryIndex) => {
    let timeline = timelines.get(index);
    if (!timeline) {
      const all = store.listDocs({ limit: store.count() || 1 }).docs;
      timeline = timelineWithNames(index.story, new Map(all.map((d) => [d.id, d])));
      timelines.set(index, timeline);
    }
    return timeline;
  };
  app.use('*', securityHeaders);
  app.get('/api/story', (c) => c.json(view().story));
  app.get('/api/timeline', (c) => c.json(timelineOf(view())));
  entityRoutes(app, view);
  documentRoutes(app, store, view);
  searchRoutes(app, store, view);
  app.notFound((c) =>
    c.json(
      { error: 'not found', problems: [{ path: 'path', message: `no route ${c.req.method} ${c.req.path}` }] },
      404,
    ),
  );
  staticRoutes(app);
  return app;
}
