import { describe, expect, it } from 'vitest';
import { formatDate, rangeOfTimex } from '../../src/events/date-range.js';
import type { Timex } from '../../src/types.js';

const timex = (value: string, range?: { from: string; to: string }): Timex =>
  ({ start: 0, end: 4, text: 'نص', type: 'DATE', value, ...(range ? { range } : {}) }) as Timex;

describe('rangeOfTimex', () => {
  it('gives a year as its twelve months', () => {
    expect(rangeOfTimex(timex('2017'))).toMatchObject({
      from: '2017-01-01',
      to: '2017-12-31',
      precision: 'year',
    });
  });

  it('gives no range for a century, which dates no event', () => {
    expect(rangeOfTimex(timex('20', { from: '2000-01-01', to: '2099-12-31' }))).toBeNull();
  });

  it('gives no range for a decade', () => {
    expect(rangeOfTimex(timex('201', { from: '2010-01-01', to: '2019-12-31' }))).toBeNull();
  });

  it('keeps a span of two years («بين عامي 2012 و2014» is one war)', () => {
    expect(rangeOfTimex(timex('2012', { from: '2012-01-01', to: '2014-12-31' }))).not.toBeNull();
  });
});

describe('formatDate', () => {
  it('tells a span of days across two months by its days, not its year', () => {
    expect(formatDate({ from: '2018-11-29', to: '2018-12-06', precision: 'year', source: 'timex' })).toEqual({
      start: '2018-11-29',
      end: '2018-12-06',
    });
  });

  it('tells a span of several months by its year', () => {
    expect(formatDate({ from: '2018-03-01', to: '2018-08-31', precision: 'year', source: 'timex' })).toEqual({
      start: '2018',
    });
  });
});
