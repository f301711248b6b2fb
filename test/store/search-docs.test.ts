import { describe, expect, it } from 'vitest';
import { searchDocs } from '../../src/search/search-docs.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { COUNT_CAP, type Store } from '../../src/store/store.js';
import { makeDoc, stored } from './make-doc.js';

describe('searchDocs', () => {
  it('gives each hit its title highlights as offsets into the title', () => {
    const store = new MemoryStore();
    store.addAll([stored(makeDoc({ id: 'a', title: 'محادثات الأستانة', text: 'نص.' }))]);
    const hit = searchDocs(store, 'أستانة').hits[0];
    expect(hit.titleHighlights.map((h) => hit.title.slice(h.start, h.end))).toEqual(['الأستانة']);
  });

  it('says when the total stopped at the counting cap', () => {
    const store = { match: () => ({ total: COUNT_CAP, matches: [] }) } as unknown as Store;
    expect(searchDocs(store, 'سوريا')).toMatchObject({ total: COUNT_CAP, totalCapped: true });
  });
});
