import { describe, expect, it } from 'vitest';
import { cachedStory, storyCacheKey } from '../../src/store/load-story.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { MASAR_VERSION } from '../../src/version.js';

const STORY = JSON.stringify({ version: 1, documents: [], entities: [], timexes: [], events: [] });

describe('the cached story', () => {
  it('is read back under the running version', () => {
    const store = new MemoryStore();
    store.writeCache(storyCacheKey({}), STORY);
    expect(cachedStory(store)).toEqual(JSON.parse(STORY));
  });

  it('is not read back when another masar version built it', () => {
    const store = new MemoryStore();
    store.writeCache(storyCacheKey({}, `${MASAR_VERSION}-older`), STORY);
    expect(cachedStory(store)).toBeNull();
  });
});
