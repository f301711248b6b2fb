import type { Hono } from 'hono';
import { z } from 'zod';
import type { StoryEntity } from '../story/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import { eventsOf } from './entity-events.js';
import type { StoryIndex } from './story-view.js';
import { badRequest, limit, offset, parseQuery } from './validate.js';

const ENTITIES_QUERY = {
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(),
  q: z.string().min(1).max(200).optional(),
  limit: limit(500, 50),
  offset,
};
const MENTIONS_SHOWN = 100;
const CONTEXT = 80;

const summary = (e: StoryEntity) => ({
  id: e.id,
  type: e.type,
  name: e.name,
  latin: e.latin,
  variants: e.variants,
  mentionCount: e.mentions.length,
  docCount: new Set(e.mentions.map((m) => m.doc)).size,
});

function matchesName(e: StoryEntity, q: string): boolean {
  const key = normalizeForMatch(q);
  return (
    [e.name, ...e.variants].some((v) => normalizeForMatch(v).includes(key)) ||
    e.latin.toLowerCase().includes(q.toLowerCase())
  );
}

/** About CONTEXT characters each side of a mention, cut at spaces so no word is halved. */
function contextSpan(text: string, mentionStart: number, mentionEnd: number) {
  const before = text.lastIndexOf(' ', Math.max(0, mentionStart - CONTEXT));
  const after = text.indexOf(' ', Math.min(text.length, mentionEnd + CONTEXT));
  return {
    start: mentionStart - CONTEXT <= 0 || before < 0 ? 0 : before + 1,
    end: after < 0 ? text.length : after,
  };
}

/** Each mention with the text around it (offsets of the mention inside `context.text`). */
function mentionsInContext(entity: StoryEntity, index: StoryIndex) {
  const docs = new Map(index.story.documents.map((d) => [d.id, d]));
  return entity.mentions.slice(0, MENTIONS_SHOWN).map((m) => {
    const doc = docs.get(m.doc);
    const text = doc?.text ?? '';
    const { start, end } = contextSpan(text, m.start, m.end);
    return {
      ...m,
      title: doc?.title ?? '',
      published: doc?.published.date ?? null,
      context: {
        text: text.slice(start, end),
        start,
        mentionStart: m.start - start,
        mentionEnd: m.end - start,
      },
    };
  });
}

/** Entities sharing documents with this one, by the number of shared documents. */
function cooccurring(entity: StoryEntity, index: StoryIndex) {
  const counts = new Map<string, number>();
  for (const doc of new Set(entity.mentions.map((m) => m.doc)))
    for (const other of index.entitiesByDoc.get(doc) ?? [])
      if (other !== entity.id) counts.set(other, (counts.get(other) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .flatMap(([id, docs]) => {
      const e = index.entityById.get(id);
      return e ? [{ id, type: e.type, name: e.name, latin: e.latin, docs }] : [];
    });
}

export function entityRoutes(app: Hono, view: () => StoryIndex): void {
  app.get('/api/entities', (c) => {
    const parsed = parseQuery(c, ENTITIES_QUERY);
    if (!parsed.ok) return badRequest(c, parsed.problems);
    const { type, q, limit: n, offset: skip } = parsed.value;
    const all = view()
      .story.entities.filter((e) => (!type || e.type === type) && (!q || matchesName(e, q)))
      .sort((a, b) => b.mentions.length - a.mentions.length);
    return c.json({ total: all.length, entities: all.slice(skip, skip + n).map(summary) });
  });
  app.get('/api/entities/:id', (c) => {
    const index = view();
    const entity = index.entityById.get(c.req.param('id'));
    if (!entity)
      return c.json(
        { error: 'not found', problems: [{ path: 'id', message: `no entity "${c.req.param('id')}"` }] },
        404,
      );
    return c.json({
      entity: summary(entity),
      mentions: mentionsInContext(entity, index),
      cooccurring: cooccurring(entity, index),
      events: eventsOf(entity.id, index),
    });
  });
}
