import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';

const timexOf = (text: string, ref: string, span: string) => tagTime(text, ref).find((t) => t.text === span);

// Reference 2018-03-20: the year is the one the text told last, not the reference's.
describe('«من العام نفسه», «من نفس العام», «من العام ذاته» are the last year told', () => {
  it('«في يوليو من العام نفسه» after «أكتوبر 2016» is July 2016', () =>
    expect(
      timexOf(
        'اعتقل في أكتوبر 2016، بعد محاولة الانقلاب في يوليو من العام نفسه',
        '2018-03-20',
        'يوليو من العام نفسه',
      ),
    ).toMatchObject({ value: '2016-07', relative: false }));
  it('a day and month «30 سبتمبر/أيلول من نفس العام» after «في عام 2015» is 2015-09-30', () =>
    expect(
      timexOf(
        'أقامت أبنية جديدة في عام 2015. وفي 30 سبتمبر/أيلول من نفس العام أعلنت روسيا',
        '2018-03-20',
        '30 سبتمبر/أيلول من نفس العام',
      )?.value,
    ).toBe('2015-09-30'));
  it('«شهر مايو من العام ذاته» after «مارس 2017» is May 2017', () =>
    expect(
      timexOf(
        'وفي مارس 2017 بدأ الخروج. كما شهد شهر مايو من العام ذاته خروج مقاتلين',
        '2018-03-20',
        'شهر مايو من العام ذاته',
      )?.value,
    ).toBe('2017-05'));
  it('with no year told before, the month is read as usual (the last July)', () =>
    expect(timexOf('انسحب في يوليو من العام نفسه', '2018-03-20', 'يوليو من العام نفسه')?.value).toBe(
      '2017-07',
    ));
});
