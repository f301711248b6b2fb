import { describe, expect, it } from 'vitest';
import { tagTime } from '../../../src/time/index.js';
import { isSelfDating } from '../../../src/time/infer/self-dating.js';
import { solve } from '../../../src/time/infer/solve.js';
import { textConstraints } from '../../../src/time/infer/text-constraints.js';

const WEEK = { from: '2017-04-03', to: '2017-04-09', why: 'within the period 2017-04-03..2017-04-09' };

describe('a self-dating day joined with its clock', () => {
  const timexes = tagTime('عقد المجلس اليوم الخميس، على الساعة العاشرة اجتماعا طارئا', null);

  it('is one time expression', () => {
    expect(timexes.map((t) => t.text)).toEqual(['اليوم الخميس، على الساعة العاشرة']);
  });

  it('still tells the article its day', () => {
    expect(isSelfDating(timexes[0])).toBe(true);
  });

  it('dates the article to the Thursday of the period', () => {
    expect(solve(WEEK, textConstraints(timexes)).date).toBe('2017-04-06');
  });
});

describe('a clock alone', () => {
  it('tells no day', () => {
    expect(isSelfDating(tagTime('على الساعة العاشرة', null)[0])).toBe(false);
  });
});
