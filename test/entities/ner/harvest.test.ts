import { describe, expect, it } from 'vitest';
import { harvestNames, headOf } from '../../../scripts/train-ner-harvest.js';
import { emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';
import {
  decodeModel,
  encodeModel,
  fromModelFile,
  nameLabels,
  toModelFile,
} from '../../../src/entities/ner/model.js';
import { viewTokens } from '../../../src/entities/ner/view-tokens.js';
import { normalizeForMatch } from '../../../src/text/normalize.js';

/** Made-up news lines, normalized as the harvest reads them. */
const lines = (texts: string[]) => texts.map((t) => t.split(' ').map(normalizeForMatch));
const repeat = (text: string, n: number) => Array.from({ length: n }, () => text);

describe('headOf', () => {
  it('finds a head behind a preposition and a conjunction', () => {
    expect(headOf(normalizeForMatch('لصحيفة'))).toBe('H-ORG');
    expect(headOf(normalizeForMatch('والرئيس'))).toBe('H-PERS');
  });

  it('leaves organization heads with the article out (النادي is mostly followed by an adjective)', () => {
    expect(headOf(normalizeForMatch('النادي'))).toBeUndefined();
  });
});

describe('harvestNames', () => {
  it('keeps a word seen three times after a club head as H-ORG', () => {
    const names = harvestNames(lines(repeat('فاز نادي زاكورا أمس', 3)));
    expect(names.get(normalizeForMatch('زاكورا'))).toBe('H-ORG');
  });

  it('drops a word seen only twice after a head', () => {
    expect(harvestNames(lines(repeat('فاز نادي زاكورا أمس', 2))).size).toBe(0);
  });

  it('drops a word far more often seen without a head', () => {
    const names = harvestNames(lines([...repeat('قالت مدينة كبيرة', 3), ...repeat('في دار كبيرة', 20)]));
    expect(names.has(normalizeForMatch('كبيرة'))).toBe(false);
  });

  it('takes both words after a title as H-PERS, but no word with the article', () => {
    const names = harvestNames(lines(repeat('قال الرئيس زورين كافاري اليوم', 3)));
    expect(names.get(normalizeForMatch('زورين'))).toBe('H-PERS');
    expect(names.get(normalizeForMatch('كافاري'))).toBe('H-PERS');
    expect(harvestNames(lines(repeat('قال الرئيس الفرنسي', 3))).size).toBe(0);
  });
});

describe('harvested labels', () => {
  const names = nameLabels([], [], [], [[normalizeForMatch('زاكورا'), 'H-ORG']]);

  it('label the word in the tagger view, also behind a conjunction', () => {
    const views = viewTokens(
      ['زاكورا', 'وزاكورا'],
      emptyGazetteers(),
      new Map(),
      new Map(),
      new Map(),
      names,
    );
    expect(views.map((v) => v.gaz)).toEqual([['H-ORG'], ['H-ORG']]);
  });

  it('ship in the model file', () => {
    const model = { passes: [], lexicon: new Map(), clusters: new Map(), oBias: 0, names };
    const back = fromModelFile(decodeModel(encodeModel(toModelFile(model, {}))));
    expect(back.names?.get(normalizeForMatch('زاكورا'))).toBe('H-ORG');
  });
});
