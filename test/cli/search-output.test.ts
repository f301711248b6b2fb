import { describe, expect, it } from 'vitest';
import { marked } from '../../src/cli/commands/search.js';

/** A snippet starting at offset 100 of its document, highlights in document offsets. */
const snippet = (text: string, words: string[]) => ({
  snippet: {
    text,
    start: 100,
    end: 100 + text.length,
    more: false,
    highlights: words.map((w) => ({ start: 100 + text.indexOf(w), end: 100 + text.indexOf(w) + w.length })),
  },
});

describe('masar search text output', () => {
  it('marks matched words that follow each other as one phrase', () => {
    const text = 'اتفقوا على وقف إطلاق النار في المدينة';
    expect(marked(snippet(text, ['وقف', 'إطلاق', 'النار']))).toBe('اتفقوا على «وقف إطلاق النار» في المدينة');
  });

  it('keeps apart matched words with another word between them', () => {
    const text = 'إعلان وقف إنساني لإطلاق النار';
    expect(marked(snippet(text, ['وقف', 'لإطلاق']))).toBe('إعلان «وقف» إنساني «لإطلاق» النار');
  });
});
