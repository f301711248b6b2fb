import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, fromModelFile, toModelFile } from '../../../src/entities/ner/model.js';
import { TAG_COUNT } from '../../../src/entities/ner/tags.js';

const model = {
  index: new Map([
    ['w=دمشق', 0],
    ['b', 1],
  ]),
  weights: Float32Array.from({ length: 2 * TAG_COUNT }, (_, k) => (k % 3) - 1.25),
  transitions: Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => k / 4),
  lexicon: new Map([['دمشق', ['0', '7', 'في', 'و']]]),
};

describe('model file', () => {
  const back = fromModelFile(decodeModel(encodeModel(toModelFile(model, { data: 'test' }))));

  it('keeps the feature index', () => {
    expect([...back.index]).toEqual([...model.index]);
  });

  it('keeps weights and transitions to the quantization step', () => {
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
    expect(Array.from(back.transitions)).toEqual(Array.from(model.transitions));
  });

  it('keeps the word statistics', () => {
    expect(back.lexicon.get('دمشق')).toEqual(['0', '7', 'في', 'و']);
  });
});
