import { describe, expect, it } from 'vitest';
import { loadCurrencies } from '../../../src/entities/ner/currencies.js';
import { emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';
import { loadGivenNames } from '../../../src/entities/ner/given-names.js';
import { nameLabels } from '../../../src/entities/ner/model.js';
import { viewTokens } from '../../../src/entities/ner/view-tokens.js';
import { normalizeForMatch } from '../../../src/text/normalize.js';

const shipped = loadCurrencies();
const labelsOf = (word: string) =>
  viewTokens([word], emptyGazetteers(), new Map(), new Map(), new Map(), nameLabels([], [], shipped))[0].gaz;

describe('currency nouns', () => {
  it('ship the common currencies in their plural forms too', () => {
    for (const word of ['دولار', 'دولارات', 'يورو', 'دينار', 'دينارات', 'روبية', 'شيكل'])
      expect(shipped.has(normalizeForMatch(word)), word).toBe(true);
  });

  it('hold each noun with the article as well', () => {
    expect(shipped.has(normalizeForMatch('اليوان'))).toBe(true);
  });

  it('leave out nouns that a peeled proclitic turns into common words (بين = ب + ين)', () => {
    expect(labelsOf('بين')).toEqual([]);
  });

  it('leave out heads that are mostly other words', () => {
    for (const word of ['أفغاني', 'ذهب', 'سيدي'])
      expect(shipped.has(normalizeForMatch(word)), word).toBe(false);
  });

  it('share no noun as listed (without the article) with the given names', () => {
    const given = loadGivenNames();
    expect([...shipped].filter((w) => !w.startsWith('ال') && given.has(w))).toEqual([]);
  });

  it('label a currency behind a preposition and the article CURRENCY in the view', () => {
    expect(labelsOf('بالدولار')).toContain('CURRENCY');
  });

  it('leave other words unlabeled', () => {
    expect(labelsOf('الفريق')).toEqual([]);
  });
});
