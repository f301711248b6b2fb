/**
 * The story of the store with the look-ups the API needs (entity by id, mentions by document), built once per
 * store revision: a `build` that adds documents invalidates it on the next request.
 */
import { loadStory } from '../store/load-story.js';
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

export function storyView(store: Store): () => StoryIndex {
  let cached: { revision: number; index: StoryIndex } | undefined;
  return () => {
    const revision = store.revision();
    if (!cached || cached.revision !== revision) cached = { revision, index: indexStory(loadStory(store)) };
    return cached.index;
  };
}
