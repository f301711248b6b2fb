/**
 * The story over everything in a store, cached in the store for its current revision and the run options:
 * built once after a change, read back afterwards (a write bumps the revision, which invalidates it).
 */
import { buildStory } from '../story/build-story.js';
import type { Story } from '../story/schema.js';
import type { RunOptions } from '../types.js';
import type { Store } from './store.js';

const cacheKey = (options: RunOptions) =>
  `story:${JSON.stringify({ published: options.published ?? null, period: options.period ?? null })}`;

/** The cached story for the store's current revision, or null (never builds). */
export function cachedStory(store: Store, options: RunOptions = {}): Story | null {
  const cached = store.readCache(cacheKey(options));
  return cached === null ? null : (JSON.parse(cached) as Story);
}

export function loadStory(store: Store, options: RunOptions = {}): Story {
  const key = cacheKey(options);
  const cached = cachedStory(store, options);
  if (cached !== null) return cached;
  const story = buildStory(store.allDocs(), options);
  store.writeCache(key, JSON.stringify(story));
  const inferred = story.documents.filter((d) => d.published.how === 'inferred');
  store.setInferredDates(inferred.map((d) => ({ id: d.id, date: d.published.date })));
  return story;
}
