import { describe, expect, it } from 'vitest';
import { procliticLength, untilBareClitic } from '../../src/entities/tag-entities.js';
import { tokenize } from '../../src/text/tokenize.js';

const words = (text: string) => untilBareClitic(tokenize(text)).map((t) => t.text);

describe('untilBareClitic (a name does not run across a proclitic standing alone)', () => {
  it('ends the span before «لـ» split from a Latin name', () => {
    expect(words('جمال خاشقجي لـCNN')).toEqual(['جمال', 'خاشقجي']);
  });

  it('ends the span before a drawn-out article «الـ»', () => {
    expect(words('وكالة الـBBC')).toEqual(['وكالة']);
  });

  it('keeps a span with no bare proclitic whole', () => {
    expect(words('عبد الله بن زايد')).toEqual(['عبد', 'الله', 'بن', 'زايد']);
  });
});

describe('procliticLength (the conjunction or preposition left out of a span)', () => {
  const cut = (word: string) => procliticLength(tokenize(word)[0]);

  it('cuts a conjunction before a gazetteer name', () => {
    expect(cut('وسوريا')).toBe(1);
  });

  it('cuts a preposition before the article', () => {
    expect(cut('بالقاهرة')).toBe(1);
  });

  it('keeps the first letter of a word the gazetteer knows whole', () => {
    expect(cut('فيينا')).toBe(0);
  });

  it('keeps «وكالة» whole: no name is left after the article', () => {
    expect(cut('وكالة')).toBe(0);
  });

  it('keeps a short word whole: «بان» is no ب + «ان»', () => {
    expect(cut('بان')).toBe(0);
  });
});
