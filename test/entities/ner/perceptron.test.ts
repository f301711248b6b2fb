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
});
