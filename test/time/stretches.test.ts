import { describe, expect, it } from 'vitest';
import { REF, testNoMatch, testSingleCase } from './helpers.js';

describe('one more of a unit is a duration of one', () => {
  it('«ساعة أخرى» is PT1H, the unit alone', () =>
    testSingleCase('مرت دقائق كأنها ساعة أخرى', REF, { text: 'ساعة', type: 'DURATION', value: 'PT1H' }));
  it('«لعام آخر» is P1Y', () =>
    testSingleCase('مدد البرلمان المهمة لعام آخر', REF, { text: 'عام', type: 'DURATION', value: 'P1Y' }));
  it('«في يوم آخر» is another day, no length', () => testNoMatch('التقيا في يوم آخر'));
});

describe('the last stretch of something named after «من» is no PAST_REF', () => {
  it('«السنوات الأخيرة من القرن العشرين» leaves the century alone', () =>
    testSingleCase('في السنوات الأخيرة من القرن العشرين', REF, { text: 'القرن العشرين', value: '19' }));
  it('«الأشهر الأخيرة من حكمه» is no time expression', () => testNoMatch('في الأشهر الأخيرة من حكمه'));
  it('«منعه المرض في السنوات الأخيرة من الكتابة» (من governed by the verb) stays PAST_REF', () =>
    testSingleCase('منعه المرض في السنوات الأخيرة من الكتابة', REF, { value: 'PAST_REF' }));
});

describe('«هذا الصباح أو ذاك المساء» is any morning', () => {
  it('no time expression', () => testNoMatch('في هذا الصباح أو ذاك المساء'));
  it('«هذا الصباح» alone is the reference morning', () =>
    testSingleCase('وصل الوفد هذا الصباح', REF, { value: '2017-12-14TMO' }));
});

describe('a part of every unit is a set with a mod', () => {
  it('«في كل نهاية شهر» is SET P1M END', () =>
    testSingleCase('يدفع الإيجار في كل نهاية شهر', REF, {
      text: 'كل نهاية شهر',
      type: 'SET',
      value: 'P1M',
      mod: 'END',
    }));
  it('«في نهاية كل شهر» is SET P1M END', () =>
    testSingleCase('يدفع الإيجار في نهاية كل شهر', REF, {
      text: 'نهاية كل شهر',
      type: 'SET',
      value: 'P1M',
      mod: 'END',
    }));
  it('«كل شهر» has no mod', () =>
    expect(testSingleCase('يدفع الإيجار كل شهر', REF, { type: 'SET', value: 'P1M' }).mod).toBeUndefined());
});
