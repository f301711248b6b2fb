import { describe, expect, it } from 'vitest';
import { emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';
import { loadGivenNames } from '../../../src/entities/ner/given-names.js';
import { viewTokens } from '../../../src/entities/ner/view-tokens.js';
import { normalizeForMatch } from '../../../src/text/normalize.js';

const names = new Map([[normalizeForMatch('أسامة'), 'GIVEN' as const]]);
const labelsOf = (word: string, list = names) =>
  viewTokens([word], emptyGazetteers(), new Map(), new Map(), new Map(), list)[0].gaz;

describe('given names in the view', () => {
  it('label a listed name GIVEN', () => {
    expect(labelsOf('أسامة')).toContain('GIVEN');
  });

  it('label a name behind a conjunction', () => {
    expect(labelsOf('وأسامة')).toContain('GIVEN');
  });

  it('leave other words unlabeled', () => {
    expect(labelsOf('الفريق')).toEqual([]);
  });

  it('label nothing without a list', () => {
    expect(labelsOf('أسامة', new Map())).toEqual([]);
  });

  it('ship a list that holds common given names', () => {
    const shipped = loadGivenNames();
    for (const name of ['محمد', 'أحمد', 'زينب']) expect(shipped.has(normalizeForMatch(name))).toBe(true);
  });
});
