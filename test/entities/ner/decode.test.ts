import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../src/entities/ner/decode.js';
import { isAllowed, repairBio, START, TAG_COUNT, TAGS, tagIndex } from '../../../src/entities/ner/tags.js';

const T = TAG_COUNT;
const zeroTransitions = new Float64Array((T + 1) * T);

function emissionsFavouring(tags: string[]): Float64Array {
  const e = new Float64Array(tags.length * T);
  tags.forEach((tag, i) => {
    e[i * T + tagIndex(tag)] = 10;
  });
  return e;
}

describe('BIO constraint', () => {
  it('lets I-X follow only B-X or I-X', () => {
    expect(isAllowed(tagIndex('B-PERS'), tagIndex('I-PERS'))).toBe(true);
    expect(isAllowed(tagIndex('I-PERS'), tagIndex('I-PERS'))).toBe(true);
    expect(isAllowed(tagIndex('O'), tagIndex('I-PERS'))).toBe(false);
    expect(isAllowed(tagIndex('B-LOC'), tagIndex('I-PERS'))).toBe(false);
    expect(isAllowed(START, tagIndex('I-ORG'))).toBe(false);
  });

  it('repairs a stray I-X into B-X', () => {
    expect(repairBio(['O', 'I-LOC', 'I-LOC', 'B-ORG', 'I-PERS'])).toEqual([
      'O',
      'B-LOC',
      'I-LOC',
      'B-ORG',
      'B-PERS',
    ]);
  });
});

describe('viterbi', () => {
  it('follows the emissions when they form a valid sequence', () => {
    const gold = ['B-PERS', 'I-PERS', 'O', 'B-LOC'];
    const best = viterbi(emissionsFavouring(gold), zeroTransitions, gold.length);
    expect(Array.from(best, (t) => TAGS[t])).toEqual(gold);
  });

  it('never starts a sentence with I-X even when the emission prefers it', () => {
    const best = viterbi(emissionsFavouring(['I-ORG', 'O']), zeroTransitions, 2);
    expect(TAGS[best[0]].startsWith('I-')).toBe(false);
  });

  it('never puts I-X after O', () => {
    const best = viterbi(emissionsFavouring(['O', 'I-LOC']), zeroTransitions, 2);
    expect(Array.from(best, (t) => TAGS[t])).not.toEqual(['O', 'I-LOC']);
  });

  it('returns nothing for an empty sentence', () => {
    expect(viterbi(new Float64Array(0), zeroTransitions, 0).length).toBe(0);
  });
});
