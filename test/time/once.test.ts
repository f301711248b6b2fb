import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('«يوما» alone is «once, ever, some day»', () => {
  it('«الذي كان يوما حليفا للرئيس» is PAST_REF', () =>
    testSingleCase('الذي كان يوما حليفا للرئيس', REF, { text: 'يوما', type: 'DATE', value: 'PAST_REF' }));
  it('«لم يحمل يوما سلاحا» (never) is PAST_REF', () =>
    testSingleCase('لم يحمل يوما سلاحا', REF, { type: 'DATE', value: 'PAST_REF' }));
  it('«سيعود يوما إلى بلده» is FUTURE_REF', () =>
    testSingleCase('سيعود يوما إلى بلده', REF, { type: 'DATE', value: 'FUTURE_REF' }));
  it('«يوما ما» with no past verb before it is one span, FUTURE_REF', () =>
    testSingleCase('آمل أن نلتقي يوما ما في المدينة', REF, { text: 'يوما ما', value: 'FUTURE_REF' }));
  it('«كانت المدينة يوما ما عاصمة» is PAST_REF', () =>
    testSingleCase('كانت المدينة يوما ما عاصمة للإقليم', REF, { text: 'يوما ما', value: 'PAST_REF' }));
});

describe('«يوما» that is still a day', () => {
  it('«يوما واحدا» is P1D', () =>
    testSingleCase('تستمر الزيارة يوما واحدا', REF, { text: 'يوما', type: 'DURATION', value: 'P1D' }));
  it('after a cue of length («تستغرق يوما») is P1D', () =>
    testSingleCase('رحلة تستغرق يوما', REF, { type: 'DURATION', value: 'P1D' }));
  it('«يوما بعد يوم» is each day, one span', () =>
    testSingleCase('يتدهور الوضع يوما بعد يوم', REF, { text: 'يوما بعد يوم', type: 'SET', value: 'P1D' }));
  it('«ثلاث ساعات يوما» is three hours each day', () =>
    expect(tagTime('يعمل ثلاث ساعات يوما', REF).map((t) => [t.text, t.type, t.value])).toEqual([
      ['ثلاث ساعات', 'DURATION', 'PT3H'],
      ['يوما', 'SET', 'P1D'],
    ]));
  it('«يوما مقدسا» is a kind of day, no time expression', () =>
    testSingleCase('كان الخميس يوما مقدسا', REF, { text: 'الخميس' }));
});
