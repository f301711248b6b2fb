import { describe, expect, it } from 'vitest';
import { shapeOf, tokenFeatures, viewTokens } from '../../../src/entities/ner/features.js';
import { addEntry, emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';

function gazetteers() {
  const gaz = emptyGazetteers();
  addEntry(gaz, 'سوريا', 'LOC');
  addEntry(gaz, 'الأمم المتحدة', 'ORG');
  addEntry(gaz, 'الرئيس', 'TITLE');
  return gaz;
}

describe('viewTokens', () => {
  it('peels a conjunction off a gazetteer name', () => {
    const [view] = viewTokens(['وسوريا'], gazetteers());
    expect(view.base).toBe('سوريا');
    expect(view.gaz).toEqual(['LOC']);
  });

  it('strips punctuation glued to the word before lookup', () => {
    expect(viewTokens(['سوريا؛'], gazetteers())[0].norm).toBe('سوريا');
  });

  it('marks a multi-word gazetteer phrase as a B/I span', () => {
    const views = viewTokens(['قالت', 'الأمم', 'المتحدة', 'إن'], gazetteers());
    expect(views.map((v) => v.span)).toEqual(['', 'B-ORG', 'I-ORG', '']);
  });
});

describe('tokenFeatures', () => {
  const words = ['قال', 'الرئيس', 'بشار', 'اليوم'];
  const features = tokenFeatures(viewTokens(words, gazetteers()), words, 2);

  it('includes the normalized word and its neighbours', () => {
    expect(features).toContain('w=بشار');
    expect(features).toContain('w-1=الرييس');
    expect(features).toContain('w1=اليوم'); // offsets +1, +2 are written w1, w2
  });

  it('includes a title trigger on the previous word', () => {
    expect(features).toContain('g-1=TITLE');
  });

  it('includes prefixes and suffixes', () => {
    expect(features).toEqual(expect.arrayContaining(['p2=بش', 'x2=ار']));
  });
});

describe('shapeOf', () => {
  it.each([
    ['2017', 'num'],
    ['٢٠١٧', 'num'],
    ['Reuters', 'Latin'],
    ['،', 'punct'],
    ['دمشق', 'ar'],
    ['F16', 'hasnum'],
  ])('%s is %s', (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});
