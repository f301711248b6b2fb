/**
 * The story over everything in a store, cached in the store for its current revision and the run options:
 * built once after a change, read back afterwards (a write bumps the revision, which invalidates it). The key
 * holds masar's version, so a store opened by a newer release builds its story anew.
 */
import { buildStory } from '../story/build-story.js';
import type { Story } from '../story/schema.js';
import type { RunOptions } from '../types.js';
import { MASAR_VERSION } from '../version.js';
import type { Store } from './store.js';

/** The cache key of a story: masar's version and the options that change it. */
export const storyCacheKey = (options: RunOptions, version = MASAR_VERSION) =>
  `story:${JSON.stringify({ masar: version, published: options.published ?? null, period: options.period ?? null })}`;

/** The cached story for the store's current revision, or null (never builds). */
export function cachedStory(store: Store, options: RunOptions = {}): Story | null {
  const cached = store.readCache(storyCacheKey(options));
  return cached === null ? null : (JSON.parse(cached) as Story);
}

export function loadStory(store: Store, options: RunOptions = {}): Story {
  const key = storyCacheKey(options);
  const cached = cachedStory(store, options);
  if (cached !== null) return cached;
  const story = buildStory(store.allDocs(), options);
  store.writeCache(key, JSON.stringify(story));
  const inferred = story.documents.filter((d) => d.published.how === 'inferred');
  store.setInferredDates(inferred.map((d) => ({ id: d.id, date: d.published.date })));
  return story;
}
