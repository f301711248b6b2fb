import { describe, expect, it } from 'vitest';
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
