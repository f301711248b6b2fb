import { describe, expect, it } from 'vitest';
import { chunksOf, scoreConll } from '../../../scripts/eval/conll-score.js';

describe('chunksOf', () => {
  it('reads B/I runs as chunks and a stray I-X as a chunk start, as conlleval does', () => {
    expect(chunksOf(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
  });
});

describe('scoreConll', () => {
  // gold: PERS[0,2) LOC[3,4) ORG[5,7); predicted: PERS[0,2) (right), LOC[3,5) (wrong end), ORG[5,7) as LOC (wrong type)
  const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG']];
  const predicted = [['B-PERS', 'I-PERS', 'O', 'B-LOC', 'I-LOC', 'B-LOC', 'I-LOC']];
  const { overall, byType } = scoreConll(gold, predicted);

  it('counts only exact spans of the right type', () => {
    expect([overall.tp, overall.fp, overall.fn]).toEqual([1, 2, 2]);
  });

  it('micro-averages precision, recall and F1', () => {
    expect(overall.precision).toBeCloseTo(1 / 3);
    expect(overall.recall).toBeCloseTo(1 / 3);
    expect(overall.f1).toBeCloseTo(1 / 3);
  });

  it('scores each type apart', () => {
    expect(byType.PERS.f1).toBe(1);
    expect(byType.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(byType.LOC).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });
});
