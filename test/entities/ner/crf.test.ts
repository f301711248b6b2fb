import { describe, expect, it } from 'vitest';
import { Crf, marginals } from '../../../scripts/train-ner-crf.js';
import type { EncodedSentence } from '../../../src/entities/ner/perceptron.js';
import { TAG_COUNT, tagIndex } from '../../../src/entities/ner/tags.js';

const T = TAG_COUNT;

/** Two features per token: the word id (0..3) and a shared bias (4). */
function sentence(words: number[], tags: string[]): EncodedSentence {
  return {
    ids: Int32Array.from(words.flatMap((w) => [w, 4])),
    offsets: Int32Array.from({ length: words.length + 1 }, (_, i) => 2 * i),
    gold: Int32Array.from(tags, tagIndex),
  };
}

describe('CRF marginals', () => {
  const n = 3;
  const emissions = Float64Array.from({ length: n * T }, (_, k) => ((k * 7) % 5) / 4);
  const transitions = Float64Array.from({ length: (T + 1) * T }, (_, k) => ((k * 3) % 4) / 8);
  const { unary } = marginals(emissions, transitions, n);

  it('sum to one at every token', () => {
    for (let i = 0; i < n; i++) {
      const sum = unary.subarray(i * T, (i + 1) * T).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
  });

  it('give no mass to an I- tag at the start of a sentence', () => {
    expect(unary[tagIndex('I-PERS')]).toBe(0);
  });
});

describe('Crf', () => {
  it('learns a separable toy set', () => {
    const data = [
      sentence([0, 1, 2], ['B-PERS', 'I-PERS', 'O']),
      sentence([2, 3], ['O', 'B-LOC']),
      sentence([3, 2, 0, 1], ['B-LOC', 'O', 'B-PERS', 'I-PERS']),
    ];
    const crf = new Crf(5, { rate: 0.5, l2: 0 });
    for (let epoch = 0; epoch < 20; epoch++) for (const s of data) crf.learn(s);
    for (const s of data) expect(Array.from(crf.model.predict(s))).toEqual(Array.from(s.gold));
  });
});
