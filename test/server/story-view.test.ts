import { describe, expect, it } from 'vitest';
import { storyView } from '../../src/server/story-view.js';
import { loadStory } from '../../src/store/load-story.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { makeDoc, stored } from '../store/make-doc.js';

const doc = (id: string) =>
  makeDoc({ id, title: `عنوان ${id}`, text: 'وصل الوفد إلى جنيف.', published: '2017-01-01' });

describe('storyView', () => {
  it('keeps serving the last story while a build has written documents but no story yet', () => {
    const store = new MemoryStore();
    store.addAll([stored(doc('a'))]);
    const view = storyView(store);
    view();
    store.addAll([stored(doc('b'))]);
    expect(view().story.documents.map((d) => d.id)).toEqual(['a']);
  });

  it('switches to the new story once the build has cached it', () => {
    const store = new MemoryStore();
    store.addAll([stored(doc('a'))]);
    const view = storyView(store);
    view();
    store.addAll([stored(doc('b'))]);
    loadStory(store);
    expect(view().story.documents.map((d) => d.id)).toEqual(['a', 'b']);
  });
});
