import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriToGregorian } from '../../src/time/hijri.js';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('years, decades, centuries (reference 2017-12-14)', () => {
  const cases: [string, string, string][] = [
    ['في عام 2017', 'عام 2017', '2017'],
    ['العام (1948)', 'العام (1948)', '1948'],
    ['سنة 1935 م', 'سنة 1935 م', '1935'],
    ['اندلعت عام 1948 الحرب', 'عام 1948', '1948'],
    ['في 1948', '1948', '1948'],
    ['في الخمسينيات', 'الخمسينيات', '195'],
    ['ثمانينيات القرن الماضي', 'ثمانينيات القرن الماضي', '198'],
    ['القرن التاسع عشر', 'القرن التاسع عشر', '18'],
    ['القرن الماضي', 'القرن الماضي', '19'],
    ['الشتاء الماضي', 'الشتاء الماضي', '2016-WI'],
  ];
  for (const [text, span, value] of cases)
    it(`«${span}» → ${value}`, () => testSingleCase(text, REF, { text: span, type: 'DATE', value }));
  it('a decade of someone’s age is no date: «رجل في الخمسينيات من عمره»', () =>
    expect(tagTime('اعتقل رجل في الخمسينيات من عمره', REF)).toEqual([]));
});

describe('Hijri (Umm al-Qura through ICU)', () => {
  it('1 Ramadan 1436 is 2015-06-18', () => expect(hijriToGregorian(1436, 9, 1)).toBe('2015-06-18'));
  it('1 Muharram 1325 is 1907-02-14', () => expect(hijriToGregorian(1325, 1, 1)).toBe('1907-02-14'));
  it('a 30th that the month lacks is null', () => expect(hijriToGregorian(1436, 9, 30)).toBeNull());
  it('inverts the ICU calendar', () =>
    expect(gregorianToHijri('2015-06-18')).toEqual({ year: 1436, month: 9, day: 1 }));
  it('«١ رمضان ١٤٣٦ هـ» → 2015-06-18', () =>
    testSingleCase('في ١ رمضان ١٤٣٦ هـ', REF, { type: 'DATE', value: '2015-06-18', tag: 'ar/hijri' }));
  it('«عام 1325 هجري» covers the Hijri year', () =>
    testSingleCase('عام 1325 هجري', REF, { value: '1907', range: { from: '1907-02-14', to: '1908-02-03' } }));
  it('«شهر رمضان» without a year is the nearest one', () =>
    testSingleCase('خلال شهر رمضان', '2018-06-01', {
      value: '2018-05',
      range: { from: '2018-05-16', to: '2018-06-14' },
    }));
});

describe('ar/clock and parts of day', () => {
  it('«الساعة 10:30 صباحا» → T10:30', () =>
    testSingleCase('الساعة 10:30 صباحا', REF, { type: 'TIME', value: '2017-12-14T10:30' }));
  it('«الساعة التاسعة مساء» → T21:00', () =>
    testSingleCase('الساعة التاسعة مساء', REF, { type: 'TIME', value: '2017-12-14T21:00' }));
  it('«الليلة الماضية» → the night before', () =>
    testSingleCase('الليلة الماضية', REF, { type: 'TIME', value: '2017-12-13TNI' }));
  it('«ليلة الخميس» → TNI on the Thursday', () =>
    testSingleCase('وقع ليلة الخميس', REF, { type: 'TIME', value: '2017-12-14TNI' }));
});

describe('Hijri years and dates in the forms of archive notes', () => {
  it('a year with its era written on it («1348هجري») is its first Gregorian year', () => {
    testSingleCase('من ( 1348هجري )', REF, { text: '1348هجري', value: '1929' });
  });
  it('a year in parentheses before its era («( 1343 ) هجري») keeps the parentheses in its span', () => {
    testSingleCase('الاهالي من ( 1343 ) هجري .', REF, { text: '( 1343 ) هجري', value: '1924' });
  });
  it('day, month and year between slashes («20 / شعبان / 1428 هجرية») is one Hijri date', () => {
    testSingleCase('الموافق : 20 / شعبان / 1428 هجرية', REF, { value: '2007-09-02' });
  });
  it('a number of the 14th century with no era stays untagged', () => {
    expect(tagTime('قطعة رقمها 1348 في السجل', REF)).toEqual([]);
  });
});

describe('a decade by its rank in a century', () => {
  it('«العقد الأول من القرن الماضي» is the 1900s from 2017', () => {
    testSingleCase('خلال العقد الأول من القرن الماضي', REF, { value: '190' });
  });
  it('«العقد الأخير من القرن العشرين» is the 1990s', () => {
    testSingleCase('في العقد الأخير من القرن العشرين', REF, { value: '199' });
  });
});

describe('a Hijri month with no year and no reference', () => {
  it('is still a date, its Gregorian days unknown', () => {
    testSingleCase('مقبلين على شهر رمضان المبارك', null, { text: 'شهر رمضان', value: 'XXXX-XX' });
  });
});
