import { describe, expect, it } from 'vitest';
import { trimFunctionWords } from '../../../src/entities/resolve/trim-function-words.js';

const trimmed = (span: string) => span.slice(0, trimFunctionWords(span, 0, span.length));

describe('trimFunctionWords: a span run over a function word after the name', () => {
  it('cuts a preposition after a person’s name («ميشال عون على حسابه»)', () => {
    expect(trimmed('ميشال عون على')).toBe('ميشال عون');
  });

  it('keeps the given name علي, written with ي (the preposition is written with ى)', () => {
    expect(trimmed('محمد علي')).toBe('محمد علي');
  });

  it('keeps a spelled acronym whose letter names read as function words (سي إن إن)', () => {
    expect(trimmed('سي إن إن')).toBe('سي إن إن');
  });

  it('keeps the letter name that ends a spelled acronym after a name (الجوهرة أف أم)', () => {
    expect(trimmed('الجوهرة أف أم')).toBe('الجوهرة أف أم');
  });

  it('never cuts the first word (أم begins place names)', () => {
    expect(trimmed('أم قصر')).toBe('أم قصر');
  });

  it('compares words as written: آنا is a name, not the pronoun أنا', () => {
    expect(trimmed('آنا كارينا')).toBe('آنا كارينا');
    expect(trimmed('كارينا آنا')).toBe('كارينا آنا');
  });
});
