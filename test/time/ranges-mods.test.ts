import { describe, expect, it } from 'vitest';
import { messagesOf, REF, testSingleCase } from './helpers.js';

describe('ranges (reference 2017-12-14)', () => {
  it('«يومي 21 و22 كانون الأول» → 2017-12-21 covering two days', () =>
    testSingleCase('يومي 21 و22 كانون الأول', REF, {
      value: '2017-12-21',
      range: { from: '2017-12-21', to: '2017-12-22' },
      tag: 'ar/day-range',
    }));

  it('«من 5 إلى 10 مارس 2018» → 2018-03-05 to 2018-03-10', () =>
    testSingleCase('من 5 إلى 10 مارس 2018', REF, {
      text: 'من 5 إلى 10 مارس 2018',
      value: '2018-03-05',
      range: { from: '2018-03-05', to: '2018-03-10' },
    }));

  it('«بين 2011 و2014» merges two years', () =>
    testSingleCase('بين 2011 و2014', REF, {
      text: 'بين 2011 و2014',
      value: '2011',
      range: { from: '2011-01-01', to: '2014-12-31' },
    }));

  it('«1936 - 1939» merges two years joined by a dash', () =>
    testSingleCase('1936 - 1939', REF, { value: '1936', range: { from: '1936-01-01', to: '1939-12-31' } }));
});

describe('mods', () => {
  const cases: [string, string, string][] = [
    ['مطلع العام المقبل', '2018', 'START'],
    ['أوائل 2019', '2019', 'START'],
    ['منتصف الشهر الجاري', '2017-12', 'MID'],
    ['أواخر 2016', '2016', 'END'],
    ['نهاية الأسبوع المقبل', '2017-W51', 'END'],
  ];
  for (const [text, value, mod] of cases)
    it(`«${text}» → ${value} ${mod}`, () => testSingleCase(text, REF, { text, value, mod }));

  it('«نحو ثلاثة أشهر» → P3M APPROX', () =>
    testSingleCase('لمدة نحو ثلاثة أشهر', REF, {
      text: 'نحو ثلاثة أشهر',
      type: 'DURATION',
      value: 'P3M',
      mod: 'APPROX',
    }));
  it('«أقل من عشر سنوات» → P10Y LESS_THAN', () =>
    testSingleCase('أقل من عشر سنوات', REF, { value: 'P10Y', mod: 'LESS_THAN' }));
});

describe('paired months whose halves disagree', () => {
  it('«29 أيلول/ ديسمبر 2017» takes the Gregorian half', () =>
    testSingleCase('في 29 أيلول/ ديسمبر 2017', REF, { value: '2017-12-29' }));
  it('flags the pair', () =>
    expect(messagesOf('في 29 أيلول/ ديسمبر 2017', REF).map((m) => m.ruleId)).toEqual([
      'time:month-pair-disagrees',
    ]));
  it('«29 أيلول/ ديسمبر الجاري» takes the half that is the current month', () =>
    testSingleCase('في 29 أيلول/ ديسمبر الجاري', REF, { value: '2017-12-29' }));
  it('takes the Levantine half when another date in the text backs it', () => {
    const text = 'اجتمعوا في 28 أيلول 2017 ثم في 29 أيلول/ ديسمبر 2017';
    expect(messagesOf(text, REF)[0].reason).toContain('took 9');
  });
  it('agreeing halves are not flagged', () =>
    expect(messagesOf('21 كانون الأول/ديسمبر 2017', REF)).toEqual([]));
});
