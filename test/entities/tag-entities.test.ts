import { describe, expect, it } from 'vitest';
import { untilBareClitic } from '../../src/entities/tag-entities.js';
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
