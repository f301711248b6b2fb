import { describe, expect, it } from 'vitest';
import {
  contextFeatureIds,
  featureId,
  shapeOf,
  viewTokens,
  wordFeatures,
} from '../../../src/entities/ner/features.js';
import { addEntry, emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';

function gazetteers() {
  const gaz = emptyGazetteers();
  addEntry(gaz, 'سوريا', 'LOC');
  addEntry(gaz, 'الأمم المتحدة', 'ORG');
  addEntry(gaz, 'الرئيس', 'TITLE');
  return gaz;
}

describe('viewTokens', () => {
  const coded = () => viewTokens(['دمشق'], gazetteers(), new Map(), new Map([['دمشق', '3.1.4|p0n']]))[0];

  it('reads the prefixes of a word cluster path', () => {
    expect(coded().cl).toEqual(['3', '3.1', '3.1.4']);
  });

  it('reads the quantized dimensions after the path, leaving out the zeros', () => {
    expect(coded().dims).toEqual(['0p', '2n']);
  });

  it('makes a word feature of each quantized dimension', () => {
    expect(wordFeatures(coded(), 'دمشق').filter((f) => f.startsWith('d='))).toEqual(['d=0p', 'd=2n']);
  });

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

describe('context features', () => {
  const words = ['قال', 'الرئيس', 'بشار', 'اليوم'];
  const features = contextFeatureIds(viewTokens(words, gazetteers()), 2, []);

  it('include the normalized neighbours', () => {
    expect(features).toContain(featureId('w-1', 'الرييس'));
    expect(features).toContain(featureId('w1', 'اليوم')); // offsets +1, +2 are written w1, w2
  });

  it('include a title trigger on the previous word', () => {
    expect(features).toContain(featureId('g-1', 'TITLE'));
  });

  it('include the pair of the previous and the current word', () => {
    expect(features).toContain(featureId('w-1|w', 'الرييس', 'بشار'));
  });

  it('use a boundary beyond the sentence', () => {
    expect(features).toContain(featureId('w2', '<s>'));
  });
});

describe('word features', () => {
  const words = ['قال', 'الرئيس', 'بشار', 'اليوم'];
  const features = wordFeatures(viewTokens(words, gazetteers())[2], 'بشار');

  it('include the word, prefixes and suffixes', () => {
    expect(features).toEqual(expect.arrayContaining(['w=بشار', 'p2=بش', 'x2=ار']));
  });

  it('mark a word that was not clustered', () => {
    expect(features).toContain('k0=none');
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
