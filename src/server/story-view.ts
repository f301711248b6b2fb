/**
 * The story of the store with the look-ups the API needs (entity by id, mentions by document), built once per
 * store revision: a `build` that adds documents invalidates it on the next request.
 */
import { cachedStory, loadStory } from '../store/load-story.js';
import type { Store } from '../store/store.js';
import type { Story, StoryEntity } from '../story/schema.js';

export interface StoryIndex {
  story: Story;
  entityById: Map<string, StoryEntity>;
  /** Entity ids mentioned in each document. */
  entitiesByDoc: Map<string, Set<string>>;
}

function indexStory(story: Story): StoryIndex {
  const entityById = new Map(story.entities.map((e) => [e.id, e]));
  const entitiesByDoc = new Map<string, Set<string>>();
  for (const entity of story.entities)
    for (const m of entity.mentions) {
      if (!entitiesByDoc.has(m.doc)) entitiesByDoc.set(m.doc, new Set());
      entitiesByDoc.get(m.doc)?.add(entity.id);
    }
  return { story, entityById, entitiesByDoc };
}

/**
 * While a `build` is adding documents (the revision moves, no story is cached for it yet), the last story keeps
 * being served rather than rebuilt after every batch; the build caches the new story when it ends.
 */
export function storyView(store: Store): () => StoryIndex {
  let cached: { revision: number; index: StoryIndex } | undefined;
  return () => {
    const revision = store.revision();
    if (cached?.revision === revision) return cached.index;
    const story = cached ? cachedStory(store) : loadStory(store);
    if (story) cached = { revision, index: indexStory(story) };
    return (cached as { index: StoryIndex }).index;
  };
}
