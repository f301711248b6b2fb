import { describe, expect, it } from 'vitest';
import { biasOutside, biasTags } from '../../../src/entities/ner/bias-outside.js';
import { viterbi } from '../../../src/entities/ner/decode.js';
import { TAG_COUNT, tagIndex } from '../../../src/entities/ner/tags.js';

const T = TAG_COUNT;
/** Two tokens: O scores 3, B-PERS scores 2, the rest 0. */
function emissions(): Float64Array {
  const e = new Float64Array(2 * T);
  for (let i = 0; i < 2; i++) [e[i * T + tagIndex('O')], e[i * T + tagIndex('B-PERS')]] = [3, 2];
  return e;
}
const flat = new Float64Array((T + 1) * T);

describe('biasOutside', () => {
  it('takes the bias from the O score of every token only', () => {
    const out = biasOutside(emissions(), 1.5);
    expect([out[tagIndex('O')], out[T + tagIndex('O')]]).toEqual([1.5, 1.5]);
    expect([out[tagIndex('B-PERS')], out[T + tagIndex('B-PERS')]]).toEqual([2, 2]);
  });

  it('leaves the given scores unchanged', () => {
    const e = emissions();
    biasOutside(e, 1.5);
    expect(e[0]).toBe(3);
  });

  it('turns O into an entity tag once the bias passes the score gap', () => {
    expect(Array.from(viterbi(biasOutside(emissions(), 0.5), flat, 2))).toEqual([0, 0]);
    expect(Array.from(viterbi(biasOutside(emissions(), 1.5), flat, 2))).toEqual([1, 1]);
  });
});

describe('biasTags', () => {
  it("adds a type's bias to its B- and I- scores only", () => {
    const out = biasTags(emissions(), 0, { PERS: 0.5 });
    expect([out[tagIndex('B-PERS')], out[tagIndex('I-PERS')], out[tagIndex('B-ORG')]]).toEqual([2.5, 0.5, 0]);
    expect(out[tagIndex('O')]).toBe(3);
  });

  it('takes the O bias from O as well', () => {
    const out = biasTags(emissions(), 1, { ORG: 2 });
    expect([out[tagIndex('O')], out[tagIndex('B-ORG')], out[tagIndex('B-PERS')]]).toEqual([2, 2, 2]);
  });

  it('decodes as the O bias alone when no type has a bias', () => {
    expect(Array.from(biasTags(emissions(), 1.5, {}))).toEqual(Array.from(biasOutside(emissions(), 1.5)));
  });

  it("turns O into a type's tag once its bias passes the score gap", () => {
    expect(Array.from(viterbi(biasTags(emissions(), 0, { PERS: 1.5 }), flat, 2))).toEqual([1, 1]);
  });
});
