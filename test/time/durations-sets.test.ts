import { describe, it } from 'vitest';
import { REF, testSingleCase } from './helpers.js';

describe('ar/duration', () => {
  const cases: [string, string, string][] = [
    ['استمرت ثلاثة أيام', 'ثلاثة أيام', 'P3D'],
    ['استمرت يومين', 'يومين', 'P2D'],
    ['لمدة أسبوع', 'أسبوع', 'P1W'],
    ['منذ عشر سنوات', 'منذ عشر سنوات', '2007'], // «منذ» with a count is a date (ago-later)
    ['خلال 24 ساعة', '24 ساعة', 'PT24H'],
    ['على مدى خمسة وعشرين عاما', 'خمسة وعشرين عاما', 'P25Y'],
    ['عاشوا عاما كاملا', 'عاما', 'P1Y'],
  ];
  for (const [text, span, value] of cases)
    it(`«${text}» → ${value}`, () => testSingleCase(text, REF, { text: span, value }));
});

describe('ar/set', () => {
  const cases: [string, string][] = [
    ['سنويا', 'P1Y'],
    ['يوميا', 'P1D'],
    ['أسبوعياً', 'P1W'],
    ['كل أسبوع', 'P1W'],
    ['كل عامين', 'P2Y'],
    ['كل يوم', 'P1D'],
  ];
  for (const [text, value] of cases)
    it(`«${text}» → SET ${value}`, () => testSingleCase(text, REF, { text, type: 'SET', value }));
});

describe('ar/ago-later (reference 2017-12-14)', () => {
  const cases: [string, string][] = [
    ['قبل خمسة وتسعين عاما', '1922'],
    ['منذ ثلاثة أيام', '2017-12-11'],
    ['بعد 40 عاما', '2057'],
    ['قبل أسبوع', '2017-12-07'],
    ['قبل شهرين', '2017-10'],
  ];
  for (const [text, value] of cases)
    it(`«${text}» → ${value}`, () =>
      testSingleCase(text, REF, { text, type: 'DATE', value, tag: 'ar/ago-later' }));
});

describe('mods inside a date a count away', () => {
  it('«قبل أكثر من عام» → 2016 MORE_THAN (reference 2017-12-14)', () =>
    testSingleCase('قبل أكثر من عام', REF, { value: '2016', mod: 'MORE_THAN' }));
  it('«الزيارة الشهرية» is a monthly SET', () =>
    testSingleCase('الزيارة الشهرية', REF, { text: 'الشهرية', type: 'SET', value: 'P1M' }));
});

describe('the masculine adjective of frequency', () => {
  it('«اليومي» is a set of every day', () => {
    testSingleCase('والتنسيق اليومي المستمر', REF, { text: 'اليومي', type: 'SET', value: 'P1D' });
  });
});
