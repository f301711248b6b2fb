import { describe, expect, it } from 'vitest';
import { FIRST, findQuotes, IN, LAST } from '../../../src/entities/ner/find-quotes.js';

const marks = (words: string[]) => Array.from(findQuotes(words));

describe('findQuotes', () => {
  it('marks the words between lone guillemets', () => {
    expect(marks(['برنامج', '«', 'الناس', 'وأنا', '»'])).toEqual([0, 0, IN | FIRST, IN | LAST, 0]);
  });

  it('marks one word with the quotes glued to it', () => {
    expect(marks(['صحيفة', '«الأهرام»', 'اليوم'])).toEqual([0, IN | FIRST | LAST, 0]);
  });

  it('pairs straight double quotes', () => {
    expect(marks(['قال', '"', 'نعم', '"'])).toEqual([0, 0, IN | FIRST | LAST, 0]);
  });

  it('ignores a quote that does not close within a few words', () => {
    expect(marks(['«', ...Array.from({ length: 12 }, () => 'كلمة')]).every((m) => m === 0)).toBe(true);
  });

  it('ignores an empty pair', () => {
    expect(marks(['"', '"', 'كلمة'])).toEqual([0, 0, 0]);
  });
});
