import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('a count left vague', () => {
  it('«منذ سنوات» is a past reference', () => {
    testSingleCase('يقيم في المدينة منذ سنوات', REF, { text: 'منذ سنوات', type: 'DATE', value: 'PAST_REF' });
  });
  it('«قبل عدة أشهر» is a past reference, «عدة» inside the span', () => {
    testSingleCase('وصل قبل عدة أشهر', REF, { text: 'قبل عدة أشهر', value: 'PAST_REF' });
  });
  it('«بعد سنوات» in the future is a future reference', () => {
    testSingleCase('سيعود بعد سنوات', REF, { text: 'بعد سنوات', value: 'FUTURE_REF' });
  });
  it('«بعد أشهر من …» counts from an event: a duration without the preposition', () => {
    testSingleCase('عادت بعد أشهر من تأجيلها', REF, { text: 'أشهر', type: 'DURATION', value: 'PXM' });
  });
  it('«بعد يومين من …» counts from an event: a duration without the preposition', () => {
    testSingleCase('وبعد يومين من سيطرة القوات على المدينة', REF, {
      text: 'يومين',
      type: 'DURATION',
      value: 'P2D',
    });
  });
  it('«قبل أكثر من شهرين على …» counts from an event', () => {
    testSingleCase('قبل أكثر من شهرين على انطلاق الموسم', REF, { type: 'DURATION', value: 'P2M' });
  });
  it('«قبل يومين من الآن» still counts from now', () => {
    expect(tagTime('قبل يومين من الآن', REF)[0]).toMatchObject({ text: 'قبل يومين', value: '2017-12-12' });
  });
  it('«قبل أيام من …» counts from an event too', () => {
    testSingleCase('قبل أيام من الانتخابات', REF, { text: 'أيام', type: 'DURATION', value: 'PXD' });
  });
  it('«وبعد سنوات» in a past narrative is years later, a duration', () => {
    testSingleCase('وبعد سنوات قررت الذهاب', REF, { text: 'سنوات', type: 'DURATION', value: 'PXY' });
  });
  it('«عدة أيام» is a duration of an unknown count of days', () => {
    testSingleCase('زيارة تستمر لعدة أيام', REF, { text: 'عدة أيام', type: 'DURATION', value: 'PXD' });
  });
  it('«بضع سنوات» is a duration of an unknown count of years', () => {
    testSingleCase('عاش هناك بضع سنوات', REF, { text: 'بضع سنوات', type: 'DURATION', value: 'PXY' });
  });
  it('a plural with the article after «منذ» is no vague count («منذ الأيام الأولى»)', () => {
    expect(tagTime('منذ الأيام الأولى للحرب', REF)).toEqual([]);
  });
});

describe('a counted stretch up to or from the reference', () => {
  it('«الأيام الخمسة الماضية» is P5D', () => {
    testSingleCase('تضاعف العدد خلال الأيام الخمسة الماضية', REF, {
      text: 'الأيام الخمسة الماضية',
      type: 'DURATION',
      value: 'P5D',
    });
  });
  it('the number may come first: «الخمس سنوات الأخيرة» is P5Y', () => {
    testSingleCase('في الخمس سنوات الأخيرة', REF, { text: 'الخمس سنوات الأخيرة', value: 'P5Y' });
  });
  it('digits after the article: «الـ24 ساعة الماضية» is PT24H', () => {
    testSingleCase('خلال الـ24 ساعة الماضية', REF, { value: 'PT24H' });
  });
  it('«الأشهر الأخيرة» without a count is a past reference', () => {
    testSingleCase('في الأشهر الأخيرة بدأ العمل', REF, { text: 'الأشهر الأخيرة', value: 'PAST_REF' });
  });
});
