import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../src/search/make-snippet.js';
import { queryWords } from '../../src/search/search-keys.js';

const filler = 'كلام عام لا صلة له بالموضوع. '.repeat(20);

describe('makeSnippet', () => {
  it('highlights the matched words with offsets into the document text', () => {
    const text = `${filler}وصل الوفد إلى الأستانة أمس.`;
    const snippet = makeSnippet(text, queryWords('أستانة'));
    expect(snippet.highlights.map((h) => text.slice(h.start, h.end))).toEqual(['الأستانة']);
  });

  it('is the slice of the text between its offsets', () => {
    const text = `${filler}وصل الوفد إلى الأستانة أمس. ${filler}`;
    const snippet = makeSnippet(text, queryWords('أستانة'));
    expect(snippet.text).toBe(text.slice(snippet.start, snippet.end));
  });

  it('starts at the text start when nothing matches', () => {
    expect(makeSnippet(filler, queryWords('أستانة')).start).toBe(0);
  });
});

describe('makeSnippet at the end of a text', () => {
  it('says the text goes on only when it does', () => {
    const short = 'وصل الوفد إلى الأستانة أمس.';
    expect([
      makeSnippet(short, queryWords('أستانة')).more,
      makeSnippet(`${short} ${filler}`, queryWords('أستانة')).more,
    ]).toEqual([false, true]);
  });
});
