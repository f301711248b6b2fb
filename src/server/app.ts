import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { buildStory } from '../story/build-story.js';
import type { Story } from '../story/schema.js';

/** The HTTP API (JSON) and the web UI; tested in-process with `app.request(...)`. */
export function createApp(store: Store): Hono {
  const app = new Hono();
  let story: Story | undefined;
  const getStory = () => (story ??= buildStory(store.allDocs(), {}));
  app.get('/api/story', (c) => c.json(getStory()));
  app.get('/api/timeline', (c) => c.json({ version: 1, events: getStory().events }));
  app.get('/api/search', (c) => {
    const q = c.req.query('q') ?? '';
    if (q.trim() === '') return c.json({ problems: [{ path: 'q', message: 'a query is required' }] }, 400);
    return c.json({ query: q, hits: store.search({ text: q }) });
  });
  app.get('/', (c) => c.html('<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>مسار</title><body><h1>مسار</h1><p><a href="/api/timeline">/api/timeline</a></p></body></html>'));
  return app;
}
