import { describe, expect, it } from 'vitest';
import { entityKeys } from '../../src/search/entity-keys.js';
import { ftsExpression } from '../../src/search/fts-query.js';
import { keyWords, searchKeys } from '../../src/search/search-keys.js';

const meet = (a: string, b: string) => searchKeys(a).some((k) => searchKeys(b).includes(k));

describe('search keys', () => {
  it.each(['الأستانة', 'استانا', 'وأستانا', 'آستانة', 'لأستانة'])('أستانة meets %s', (variant) => {
    expect(meet('أستانة', variant)).toBe(true);
  });

  it('folds a final ا and ة alike (سوريا / سورية)', () => {
    expect(searchKeys('سوريا')).toEqual(searchKeys('سورية'));
  });

  it('keeps every clitic reading of a word that starts like a clitic (بيروت in ببيروت)', () => {
    expect(meet('بيروت', 'ببيروت')).toBe(true);
  });

  it('reads لل as ل + ال (للمعارضة holds معارضة)', () => {
    expect(searchKeys('للمعارضة')).toContain('معارضه');
  });

  it('does not let different words meet', () => {
    expect(meet('أستانة', 'جنيف')).toBe(false);
  });

  it('ignores harakat and tatweel', () => {
    expect(searchKeys('مُفَاوَضـات')).toEqual(searchKeys('مفاوضات'));
  });

  it('gives offsets into the unchanged text', () => {
    const text = 'في «أستانة» اليوم';
    expect(keyWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['في', 'أستانة', 'اليوم']);
  });

  it('maps Arabic-Indic digits to the same key as ASCII ones', () => {
    expect(searchKeys('٢٠١٧')).toEqual(['2017']);
  });

  it('gives an entity name a key for each reading of its first word only', () => {
    expect(entityKeys('للأمم المتحدة')).toContain('امم المتحده');
  });

  it('quotes every key of the FTS expression and ANDs the words', () => {
    expect(ftsExpression([['a', 'b'], ['c']])).toBe('("a" OR "b") AND ("c")');
  });
});
