import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF } from './helpers.js';

const later = (text: string) => tagTime(text, REF).find((t) => t.text.startsWith('بعد'));

describe('«بعد» + years counts from the year the story has just told', () => {
  it('«تأسس النادي في 1990 … وبعد 20 عاما، يعود» is 2010', () =>
    expect(later('تأسس النادي في 1990 وفاز بأول لقب. وبعد 20 عاما، يعود الفريق إلى القمة')?.value).toBe(
      '2010',
    ));
  it('«انضم إلى الحزب عام 2005، وبعد ثلاث سنوات أصبح رئيسه» is 2008', () =>
    expect(later('انضم إلى الحزب عام 2005، وبعد ثلاث سنوات أصبح رئيسه')?.value).toBe('2008'));
  it('the count from a told year is not relative to the reference', () =>
    expect(later('انضم إلى الحزب عام 2005، وبعد ثلاث سنوات أصبح رئيسه')?.relative).toBe(false));
  it('with a word of the future it counts from the reference («سيعود … بعد 20 عاما», 2037)', () =>
    expect(later('غادر البلاد عام 2005. وسيعود إليها بعد 20 عاما')?.value).toBe('2037'));
  it('with no year told before it counts from the reference', () =>
    expect(later('وبعد عشر سنوات يعود الفريق')?.value).toBe('2027'));
  it('an amount of 1,500 is no year told', () =>
    expect(later('قتل 1500 شخص. وبعد عشر سنوات يعود الفريق')?.value).toBe('2027'));
  it('«قبل» still counts back from the reference', () =>
    expect(tagTime('تأسس عام 1990. وقبل 20 عاما فاز', REF).map((t) => t.value)).toEqual(['1990', '1997']));
});

describe('a count with «فقط», «واحد» or «تقريبا» before «من» counts from an event', () => {
  it('«بعد عام واحد فقط من تشكيل الحزب» is a DURATION P1Y', () =>
    expect(tagTime('بعد عام واحد فقط من تشكيل الحزب', REF).map((t) => [t.text, t.type, t.value])).toEqual([
      ['عام', 'DURATION', 'P1Y'],
    ]));
  it('«بعد 12 سنة تقريبا من المفاوضات» is a DURATION P12Y', () =>
    expect(tagTime('بعد 12 سنة تقريبا من المفاوضات', REF).map((t) => t.value)).toEqual(['P12Y']));
});

describe('a length spent in a role or a place is a DURATION, not a date', () => {
  it('«بعد 22 عاما قضاها في النادي» is P22Y', () =>
    expect(tagTime('رحل بعد 22 عاما قضاها في النادي', REF).map((t) => [t.text, t.value])).toEqual([
      ['22 عاما', 'P22Y'],
    ]));
  it('«بعد 18 عاما في الحكم» is P18Y', () =>
    expect(tagTime('بعد 18 عاما في الحكم', REF).map((t) => t.value)).toEqual(['P18Y']));
  it('«بعد أسبوع في القاهرة» with a word of the future stays a date', () =>
    expect(tagTime('ستعقد القمة بعد أسبوع في القاهرة', REF).map((t) => t.value)).toEqual(['2017-12-21']));
});
