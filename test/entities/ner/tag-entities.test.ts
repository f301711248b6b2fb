import { describe, expect, it } from 'vitest';
import { procliticLength } from '../../../src/entities/tag-entities.js';
import { stripClitics } from '../../../src/text/clitics.js';
import { normalizeForMatch } from '../../../src/text/normalize.js';
import type { Token } from '../../../src/types.js';

function token(text: string): Token {
  const norm = normalizeForMatch(text);
  return { start: 0, end: text.length, text, norm, stem: stripClitics(norm), sentence: 0 };
}

describe('procliticLength', () => {
  it('leaves a conjunction out of a gazetteer name', () => {
    expect(procliticLength(token('وسوريا'))).toBe(1);
  });

  it('leaves a preposition before the article out', () => {
    expect(procliticLength(token('بالقاهرة'))).toBe(1);
  });

  it('keeps a first letter that belongs to the name', () => {
    expect(procliticLength(token('واشنطن'))).toBe(0);
  });

  it('keeps an unknown word whole', () => {
    expect(procliticLength(token('ودميستورا'))).toBe(0);
  });
});
