/**
 * Forms the Tunisian and Algerian press writes that the first QA run on Jawhara FM reports met (sentences
 * written here, not copied): the «elapsed» past words, a month told by the year around it, a match
 * announced with its clock, anticipation as a word of the future, and a year that slips in January.
 */
import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { messagesOf, REF, testSingleCase } from './helpers.js';

describe('the Maghrebi words for «last» (reference Thursday 2017-12-14)', () => {
  it('«السنة المنقضية» is last year', () => testSingleCase('خلال السنة المنقضية', REF, { value: '2016' }));
  it('«الأسبوع الفارط» is last week', () =>
    testSingleCase('في الأسبوع الفارط', REF, { text: 'الأسبوع الفارط', value: '2017-W49' }));
  it('«جوان الفارط» is the last June', () => testSingleCase('منذ جوان الفارط', REF, { value: '2017-06' }));
  it('«الأحد الفارط» is the last Sunday', () =>
    testSingleCase('اجتمع المجلس الأحد الفارط', REF, { value: '2017-12-10' }));
});

describe('a month told by the year around it', () => {
  it('«شهر فيفري من السنة المنقضية» is February of last year, not the last February', () => {
    // reference in March: the last February is this year's, the text says last year's
    testSingleCase('مقارنة بشهر فيفري من السنة المنقضية', '2017-03-07', {
      text: 'شهر فيفري من السنة المنقضية',
      value: '2016-02',
    });
  });
  it('«أكتوبر من العام المقبل» is October of next year', () =>
    testSingleCase('تجرى الانتخابات في أكتوبر من العام المقبل', REF, { value: '2018-10' }));
  it('«ماي من هذا العام» is May of this year', () =>
    testSingleCase('في ماي من هذا العام', REF, { text: 'ماي من هذا العام', value: '2017-05' }));
  it('«مطلع فيفري من العام الماضي» keeps its mod', () =>
    testSingleCase('مطلع فيفري من العام الماضي', '2017-03-07', { value: '2016-02', mod: 'START' }));
});

describe('a clock after the day it falls on', () => {
  it('«… 9 أفريل بداية من الساعة 12:30» is that day at 12:30, not the reference day', () =>
    testSingleCase('ستقام المباراة يوم الأحد 9 أفريل 2017 بداية من الساعة 12:30', '2017-04-05', {
      type: 'TIME',
      value: '2017-04-09T12:30',
    }));
  it('«… على الساعة 15:00» likewise', () =>
    testSingleCase('تنطلق المقابلة يوم الأحد 9 أفريل على الساعة 15:00', '2017-04-05', {
      value: '2017-04-09T15:00',
    }));
});

describe('anticipation points ahead', () => {
  it('«مع ترقب العالم قمة … في 12 حزيران» nine days ahead is this year', () => {
    const found = tagTime('مع ترقب العالم قمة الرئيسين في 12 حزيران/يونيو في العاصمة.', '2018-06-03');
    expect(found.map((t) => t.value)).toEqual(['2018-06-12']);
  });
});

describe('a year that slips in a self-dating expression', () => {
  it('«اليوم السبت 07 جانفي 2016» read on Saturday 2017-01-07 is that day', () =>
    testSingleCase('قتل 60 شخصا اليوم السبت 07 جانفي 2016 في تفجير', '2017-01-07', { value: '2017-01-07' }));
  it('says so in a message', () => {
    expect(
      messagesOf('قتل 60 شخصا اليوم السبت 07 جانفي 2016 في تفجير', '2017-01-07').map((m) => m.ruleId),
    ).toContain('time:year-slip');
  });
  it('a stated year whose weekday is right stays', () =>
    testSingleCase('اليوم الخميس 07 جانفي 2016', '2016-01-07', { value: '2016-01-07' }));
  it('a weekday that fits neither year leaves the stated year', () =>
    testSingleCase('اليوم الأحد 07 جانفي 2016', '2017-01-07', { value: '2016-01-07' }));
});
