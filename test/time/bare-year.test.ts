import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

describe('a bare four-digit number that its context makes a year (reference 2017-12-14)', () => {
  const cases: [string, string][] = [
    ['فيلم مولد أمة (1915)', '1915'], // a bracket: an old year is a year
    ['وقرأ كتاب براون - 1840', '1840'], // a citation dash
    ['في 1887 قام أحد التجار', '1887'], // «في» before an old year
    ['منذ 1800', '1800'], // «منذ»
    ['ذكرى حرب 1967', '1967'], // 1900–2100 with no word of amount
    ['انتخابات 2016 الرئاسية', '2016'],
  ];
  for (const [text, value] of cases)
    it(`«${text}» → ${value}`, () => testSingleCase(text, REF, { text: value, type: 'DATE', value }));

  it('an old year with its era «1887م» is a year', () =>
    testSingleCase('ولد 1887م', REF, { text: '1887م', type: 'DATE', value: '1887' }));

  it('an old year right after another year and «و» is a year: «في 1850 و 1870»', () =>
    expect(tagTime('في 1850 و 1870', REF).map((t) => t.value)).toEqual(['1850', '1870']));

  it('«إلى» after a year closes a range of years: «من 2011 إلى 2015» ends on 2015-12-31', () =>
    testSingleCase('من 2011 إلى 2015', REF, { range: { from: '2011-01-01', to: '2015-12-31' } }));
});
