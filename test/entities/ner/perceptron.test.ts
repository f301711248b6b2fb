import { describe, expect, it } from 'vitest';
import { AveragedPerceptron, type EncodedSentence } from '../../../src/entities/ner/perceptron.js';
import { tagIndex } from '../../../src/entities/ner/tags.js';

/** Two features per token: the word id (0..3) and a shared bias (4). */
function sentence(words: number[], tags: string[]): EncodedSentence {
  const ids = words.flatMap((w) => [w, 4]);
  return {
    ids: Int32Array.from(ids),
    offsets: Int32Array.from({ length: words.length + 1 }, (_, i) => 2 * i),
    gold: Int32Array.from(tags, tagIndex),
  };
}

describe('AveragedPerceptron', () => {
  it('learns a separable toy set', () => {
    const data = [
      sentence([0, 1, 2], ['B-PERS', 'I-PERS', 'O']),
      sentence([2, 3], ['O', 'B-LOC']),
      sentence([3, 2, 0, 1], ['B-LOC', 'O', 'B-PERS', 'I-PERS']),
    ];
    const model = new AveragedPerceptron(5);
    for (let epoch = 0; epoch < 10; epoch++) for (const s of data) model.learn(s);
    for (const s of data) expect(Array.from(model.predict(s))).toEqual(Array.from(s.gold));
  });

  it('learns the same set with loss-augmented passive-aggressive steps', () => {
    const data = [
      sentence([0, 1, 2], ['B-PERS', 'I-PERS', 'O']),
      sentence([2, 3], ['O', 'B-LOC']),
      sentence([3, 2, 0, 1], ['B-LOC', 'O', 'B-PERS', 'I-PERS']),
    ];
    const model = new AveragedPerceptron(5);
    const options = { cost: 1, missCost: 2, C: 1 };
    for (let epoch = 0; epoch < 10; epoch++) for (const s of data) model.learn(s, options);
    for (const s of data) expect(Array.from(model.predict(s))).toEqual(Array.from(s.gold));
  });

  it('takes a passive-aggressive step no larger than C', () => {
    const model = new AveragedPerceptron(5);
    model.learn(sentence([0], ['B-LOC']), { cost: 0, C: 0.01 });
    const row0 = Array.from(model.weights.subarray(0, 9));
    expect(row0[tagIndex('B-LOC')]).toBeCloseTo(0.01);
  });

  it('updates even a correct decode when the cost makes a wrong tag win', () => {
    const model = new AveragedPerceptron(5);
    const s = sentence([0], ['O']);
    expect(model.learn(s)).toBe(0);
    expect(model.learn(s, { cost: 1, C: 0 })).toBe(1);
  });
});
