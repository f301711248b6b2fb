import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('ar/day-month-year, month-year and numeric dates (reference 2017-12-14)', () => {
  const cases: [string, string, string][] = [
    ['في 23 كانون الثاني 2017', '23 كانون الثاني 2017', '2017-01-23'],
    ['في 20 تشرين الثاني/نوفمبر 2016', '20 تشرين الثاني/نوفمبر 2016', '2016-11-20'],
    ['حتى 21 ديسمبر', '21 ديسمبر', '2017-12-21'],
    ['في 22 مارس الماضي', '22 مارس الماضي', '2017-03-22'],
    ['في الثامن من مارس 2018', 'الثامن من مارس 2018', '2018-03-08'],
    ['في الحادي والعشرين من ديسمبر', 'الحادي والعشرين من ديسمبر', '2017-12-21'],
    ['في ١٥ آذار ٢٠١٨', '١٥ آذار ٢٠١٨', '2018-03-15'],
    ['في 31 مارس من العام الماضي', '31 مارس من العام الماضي', '2016-03-31'],
    ['يوم الثلاثاء الموافق 5 / 8 / 2008', 'يوم الثلاثاء الموافق 5 / 8 / 2008', '2008-08-05'],
    ['بتاريخ ( 26 / 4 / 1948 )', '26 / 4 / 1948', '1948-04-26'],
    ['في 2018-04-15', '2018-04-15', '2018-04-15'],
    ['في 5 جانفي 2018', '5 جانفي 2018', '2018-01-05'],
    ['في 3 غشت 2017', '3 غشت 2017', '2017-08-03'],
    ['في الـ13 من ديسمبر الجاري', 'الـ13 من ديسمبر الجاري', '2017-12-13'],
  ];
  for (const [text, span, value] of cases) {
    it(`«${span}» → ${value}`, () =>
      testSingleCase(text, REF, { text: span, type: 'DATE', value, range: { from: value, to: value } }));
  }

  const months: [string, string, string][] = [
    ['في كانون الأول/ديسمبر 2017', 'كانون الأول/ديسمبر 2017', '2017-12'],
    ['في أيلول/ سبتمبر 2016', 'أيلول/ سبتمبر 2016', '2016-09'],
    ['في جويلية 2016', 'جويلية 2016', '2016-07'],
    ['في شتنبر 2016', 'شتنبر 2016', '2016-09'],
    ['في شهر مارس', 'شهر مارس', '2017-03'], // no future marker: the latest March
    ['سيعقد المؤتمر في شهر مارس', 'شهر مارس', '2018-03'], // future: the next March
    ['اتفقت الدول في أيار/مايو', 'أيار/مايو', '2017-05'],
    ['تموز ( 1970 )', 'تموز ( 1970 )', '1970-07'],
  ];
  for (const [text, span, value] of months) {
    it(`«${span}» → ${value}`, () =>
      testSingleCase(text, REF, { text: span, type: 'DATE', value, tag: 'ar/month-year' }));
  }
});

describe('a weekday with a direction before its date', () => {
  it('«الأحد الماضي 12 آب» is one date, 2018-08-12 on Tuesday 2018-08-14', () =>
    testSingleCase('عقد الأحد الماضي 12 آب', '2018-08-14', {
      text: 'الأحد الماضي 12 آب',
      value: '2018-08-12',
      tag: 'ar/day-month-year',
    }));
});

describe('a day and month in digits after «بتاريخ» or «يوم»', () => {
  it('«بتاريخ 14 / 8» running to a full date takes its year', () => {
    const found = tagTime('بتاريخ 14 / 8 الى 21 / 8 / 1943', REF);
    expect(found.map((t) => t.value)).toEqual(['1943-08-14', '1943-08-21']);
  });
  it('«يوم 3/5» alone takes its year from the reference (past tense: the latest 3 May)', () => {
    testSingleCase('وقع الحادث يوم 3/5', REF, { text: '3/5', value: '2017-05-03' });
  });
  it('a fraction with no cue is no date («نسبة 3/4»)', () => {
    expect(tagTime('بلغت نسبة 3/4', REF)).toEqual([]);
  });
});

describe('«يوم» inside another word is no cue', () => {
  it('«البلاديوم 1.1» is no date', () => {
    expect(tagTime('وتراجع البلاديوم 1.1 بالمئة', REF)).toEqual([]);
  });
});
