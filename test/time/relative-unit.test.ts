import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('ar/relative-unit and named months with a direction (reference 2017-12-14, ISO week 50)', () => {
  const cases: [string, string, { from: string; to: string }][] = [
    ['الأسبوع المقبل', '2017-W51', { from: '2017-12-18', to: '2017-12-24' }],
    ['الأسبوع الماضي', '2017-W49', { from: '2017-12-04', to: '2017-12-10' }],
    ['الشهر الماضي', '2017-11', { from: '2017-11-01', to: '2017-11-30' }],
    ['الشهر الجاري', '2017-12', { from: '2017-12-01', to: '2017-12-31' }],
    ['العام المقبل', '2018', { from: '2018-01-01', to: '2018-12-31' }],
    ['السنة الماضية', '2016', { from: '2016-01-01', to: '2016-12-31' }],
    ['هذا العام', '2017', { from: '2017-01-01', to: '2017-12-31' }],
    ['العام قبل الماضي', '2015', { from: '2015-01-01', to: '2015-12-31' }],
    ['ديسمبر الماضي', '2016-12', { from: '2016-12-01', to: '2016-12-31' }],
    ['ديسمبر المقبل', '2018-12', { from: '2018-12-01', to: '2018-12-31' }],
    ['ديسمبر الجاري', '2017-12', { from: '2017-12-01', to: '2017-12-31' }],
    ['نوفمبر الماضي', '2017-11', { from: '2017-11-01', to: '2017-11-30' }],
    ['يناير المقبل', '2018-01', { from: '2018-01-01', to: '2018-01-31' }],
  ];
  for (const [text, value, range] of cases) {
    it(`«${text}» → ${value}`, () =>
      testSingleCase(text, REF, { text, type: 'DATE', value, range, relative: true }));
  }
});

describe('a unit after a mod, and decades with a direction', () => {
  it('«نهاية العام» with no direction is the end of the current year', () => {
    testSingleCase('قبل نهاية العام', REF, { text: 'نهاية العام', value: '2017', mod: 'END' });
  });
  it('«مطلع الشهر» is the start of the current month', () => {
    testSingleCase('في مطلع الشهر', REF, { text: 'مطلع الشهر', value: '2017-12', mod: 'START' });
  });
  it('«منتصف العام المقبل» is the middle of next year', () => {
    testSingleCase('منتصف العام المقبل', REF, { value: '2018', mod: 'MID' });
  });
  it('«العام» alone after no mod stays untagged', () => {
    expect(tagTime('العام', REF)).toEqual([]);
  });
  it('«العقد المقبل» is the next decade (the 2020s from 2017)', () => {
    testSingleCase('خلال العقد المقبل', REF, { text: 'العقد المقبل', value: '202' });
  });
  it('«العقد الماضي» is the decade before the current one (the 2000s from 2017)', () => {
    testSingleCase('في العقد الماضي', REF, { text: 'العقد الماضي', value: '200' });
  });
});

describe('the preposition ل before the article («لل»)', () => {
  it('«للعام المقبل» is next year, the preposition inside the span', () => {
    testSingleCase('ميزانية للعام المقبل', REF, { text: 'للعام المقبل', value: '2018' });
  });
  it('«وللشهر الماضي» is last month', () => {
    testSingleCase('وللشهر الماضي', REF, { text: 'للشهر الماضي', value: '2017-11' });
  });
  it('a Hijri era written «للهجرة» still makes the year Hijri', () => {
    testSingleCase('عام 1400 للهجرة', REF, { value: '1979' });
  });
  it('the dialect «الجاي» is the next one («الأسبوع الجاي»)', () => {
    testSingleCase('الأسبوع الجاي', REF, { value: '2017-W51' });
  });
});

describe('«this» in speech', () => {
  it('the Levantine «هاي السنة» is this year', () => {
    testSingleCase('شو راح تعملوا هاي السنة', REF, { text: 'هاي السنة', value: '2017' });
  });
});
