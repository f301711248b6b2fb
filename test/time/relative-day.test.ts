import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('ar/relative-day (reference Thursday 2017-12-14)', () => {
  const cases: [string, string, string][] = [
    ['وقال أمس', 'أمس', '2017-12-13'],
    ['جرى ذلك أول من أمس', 'أول من أمس', '2017-12-12'],
    ['يبدأ اليوم', 'اليوم', '2017-12-14'],
    ['يبدأ غداً', 'غداً', '2017-12-15'],
    ['يبدأ بعد غد', 'بعد غد', '2017-12-16'],
    ['وصل البارحة', 'البارحة', '2017-12-13'],
    ['انطلقت اليوم الخميس', 'اليوم الخميس', '2017-12-14'],
  ];
  for (const [text, span, value] of cases) {
    it(`«${text}» → ${value}`, () =>
      testSingleCase(text, REF, { text: span, type: 'DATE', value, tag: 'ar/relative-day', relative: true }));
  }

  it('a part of day before it makes a TIME: «صباح غد الإثنين» → 2017-12-15TMO', () =>
    testSingleCase('تبدأ صباح غد الإثنين', REF, {
      text: 'صباح غد الإثنين',
      type: 'TIME',
      value: '2017-12-15TMO',
    }));

  it('«مساء أمس» → 2017-12-13TEV', () =>
    testSingleCase('مساء أمس', REF, { type: 'TIME', value: '2017-12-13TEV' }));

  it('midnight ends its night: «منتصف الليلة الماضية» → 2017-12-14T00:00', () =>
    testSingleCase('دخلت الهدنة حيز التنفيذ منتصف الليلة الماضية', REF, {
      text: 'منتصف الليلة الماضية',
      type: 'TIME',
      value: '2017-12-14T00:00',
    }));

  it('«منتصف الليلة» (tonight at midnight) → 2017-12-15T00:00', () =>
    testSingleCase('تسري الهدنة منتصف الليلة', REF, {
      text: 'منتصف الليلة',
      type: 'TIME',
      value: '2017-12-15T00:00',
    }));

  it('keeps the stated weekday for inference', () =>
    testSingleCase('غد الإثنين', null, {
      value: 'XXXX-XX-XX',
      parsed: expect.objectContaining({ stated: { weekday: 1 }, relation: { offsetDays: 1 } }),
    }));

  it('self-dating with a day and month: «اليوم، الثلاثاء 10 من كانون الأول» covers the whole phrase', () =>
    testSingleCase('تعقد اليوم، الثلاثاء 10 من كانون الأول', '2019-12-10', {
      text: 'اليوم، الثلاثاء 10 من كانون الأول',
      value: '2019-12-10',
    }));

  it('without a reference the value is unknown and covers no range', () =>
    expect(testSingleCase('أمس', null, { value: 'XXXX-XX-XX' }).range).toBeUndefined());
});

describe('the day after or before the day the text named last', () => {
  it('«اليوم التالي» after a stated date is the day after it', () => {
    const found = tagTime('وصل يوم 5 مايو 2015، وفي اليوم التالي غادر', REF);
    expect(found.map((t) => [t.text, t.value])).toContainEqual(['اليوم التالي', '2015-05-06']);
  });
  it('«اليوم التالي» anchored to a stated date does not depend on the reference', () => {
    const found = tagTime('وصل يوم 5 مايو 2015، وفي اليوم التالي غادر', REF);
    expect(found.find((t) => t.text === 'اليوم التالي')?.relative).toBe(false);
  });
  it('«اليوم السابق» after a stated date is the day before it', () => {
    const found = tagTime('اجتمعوا في 10 مايو 2015 بعد وصولهم في اليوم السابق', REF);
    expect(found.map((t) => t.value)).toContain('2015-05-09');
  });
  it('«اليوم التالي» with no day before it is the day after the reference', () => {
    testSingleCase('في اليوم التالي غادر', REF, { text: 'اليوم التالي', value: '2017-12-15' });
  });
  it('the dialect «بكرا» is tomorrow', () => {
    testSingleCase('انا بكرا بكون في غزة', REF, { text: 'بكرا', value: '2017-12-15' });
  });
});

describe('«اليوم» before an ordinal is a day in a count, not today', () => {
  it('«لليوم الخامس على التوالي» is no date', () => {
    expect(tagTime('تتواصل الاحتجاجات لليوم الخامس على التوالي', REF)).toEqual([]);
  });
  it('«اليوم، الخامس من مايو» is still one expression, today with its date', () => {
    testSingleCase('اليوم، الخامس من مايو', REF, { text: 'اليوم، الخامس من مايو' });
  });
});
