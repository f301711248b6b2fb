import { describe, it } from 'vitest';
import { REF, testNoMatch, testSingleCase } from './helpers.js';

describe('a day of a month told relative to the reference (reference 2017-12-14)', () => {
  it('«العاشر من الشهر الجاري» is the 10th of this month', () => {
    testSingleCase('في العاشر من الشهر الجاري', REF, { text: 'العاشر من الشهر الجاري', value: '2017-12-10' });
  });
  it('«15 من الشهر الماضي» is the 15th of last month', () => {
    testSingleCase('في 15 من الشهر الماضي', REF, { value: '2017-11-15' });
  });
  it('«الخامس من الشهر المقبل» crosses into next year', () => {
    testSingleCase('في الخامس من الشهر المقبل', REF, { value: '2018-01-05' });
  });
  it('a weekday before it is inside the span', () => {
    testSingleCase('الثلاثاء 14 من الشهر الماضي', REF, {
      text: 'الثلاثاء 14 من الشهر الماضي',
      value: '2017-11-14',
    });
  });
  it('a day the month does not have is no day («31 من الشهر الماضي» in November)', () => {
    testSingleCase('في 31 من الشهر الماضي', REF, { text: 'الشهر الماضي', value: '2017-11' });
  });
  it('an ordinal after another noun is its rank: «الأسبوع الأول من الشهر المقبل» is no first day', () => {
    testSingleCase('الأسبوع الأول من الشهر المقبل', REF, { text: 'الشهر المقبل', value: '2018-01' });
  });
});

describe('quarters and halves of a year (reference 2017-12-14)', () => {
  it('«الربع الأول من العام الجاري» is 2017-Q1, January to March', () => {
    testSingleCase('في الربع الأول من العام الجاري', REF, {
      value: '2017-Q1',
      range: { from: '2017-01-01', to: '2017-03-31' },
    });
  });
  it('«الربع الأخير من العام الماضي» is 2016-Q4', () => {
    testSingleCase('الربع الأخير من العام الماضي', REF, { value: '2016-Q4' });
  });
  it('«النصف الأول من العام المقبل» is 2018-H1, January to June', () => {
    testSingleCase('في النصف الأول من العام المقبل', REF, {
      value: '2018-H1',
      range: { from: '2018-01-01', to: '2018-06-30' },
    });
  });
  it('a stated year: «الربع الثالث من 2016» is 2016-Q3', () => {
    testSingleCase('خلال الربع الثالث من 2016', REF, { value: '2016-Q3', relative: false });
  });
  it('a quarter of something else («الربع الأول من المباراة») is no date', () =>
    testNoMatch('في الربع الأول من المباراة'));
});
