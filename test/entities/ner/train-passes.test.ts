import { describe, expect, it } from 'vitest';
import { buildIndex, encode, pruneRows } from '../../../scripts/train-ner-data.js';
import { jackknife } from '../../../scripts/train-ner-passes.js';
import { TAG_COUNT, tagIndex } from '../../../src/entities/ner/tags.js';

/** Ten toy sentences: feature 1 marks a place, feature 2 a plain word; 9 is on every token. */
const ids = Array.from({ length: 10 }, (_, s) => [[1, 9], [2, 9], s % 2 ? [1, 9] : [2, 9]]);
const gold = ids.map((tokens) => Int32Array.from(tokens, ([f]) => tagIndex(f === 1 ? 'B-LOC' : 'O')));

describe('buildIndex', () => {
  it('keeps ids seen at least minCount times and the ids it must always keep', () => {
    const index = buildIndex([[[5], [5], [6]]], 2, [7]);
    expect([...index.keys()]).toEqual([5, 7]);
  });
});

describe('jackknife', () => {
  const index = buildIndex(ids, 1);
  const encoded = encode(ids, index, gold);
  const { tags, scores } = jackknife(encoded, index.size, 3, 5);

  it('tags every training sentence with a model trained on the other folds', () => {
    expect(tags.map((t) => t.length)).toEqual(gold.map((g) => g.length));
  });

  it('keeps the emission scores of every token for the second pass', () => {
    expect(scores.map((s) => s.length)).toEqual(gold.map((g) => g.length * TAG_COUNT));
  });

  it('learns the toy pattern from the other folds', () => {
    expect(tags.map((t) => Array.from(t))).toEqual(gold.map((g) => Array.from(g)));
  });
});

describe('pruneRows', () => {
  it('drops a row whose weights are all below the threshold', () => {
    const weights = new Float32Array(2 * TAG_COUNT);
    weights[TAG_COUNT + 3] = 0.5;
    weights[1] = 0.001;
    const pruned = pruneRows(
      new Map([
        [11, 0],
        [22, 1],
      ]),
      weights,
      0.01,
    );
    expect(pruned.ids).toEqual([22]);
    expect(pruned.weights[3]).toBe(0.5);
  });
});
