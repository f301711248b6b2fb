import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/time/infer/from-dateline.js';

const dayOf = (line: string) => findDateline([line], '')?.day ?? null;

describe('findDateline (the page’s own date from its dateline)', () => {
  it.each([
    ['dd/mm/yyyy with a time', 'نشر في: 03/07/2021 - 18:45', '2021-07-03'],
    ['yyyy-mm-dd', 'تاريخ النشر: 2020-11-09', '2020-11-09'],
    ['Arabic-Indic digits', 'نشر في: ٠٥/٠٣/٢٠١٩', '2019-03-05'],
    ['Persian digits', 'تاريخ النشر: ۲۰۱۹-۰۳-۰۵', '2019-03-05'],
    [
      'a Levantine and Egyptian month name pair with a weekday',
      'نُشر في الأحد 7 شباط/فبراير 2016',
      '2016-02-07',
    ],
    ['an Egyptian-Gulf month name', 'تاريخ النشر: 22 أكتوبر 2017', '2017-10-22'],
    ['an update line alone', 'آخر تحديث: 11.04.2015', '2015-04-11'],
    ['a line that is only a date and time', 'الخميس 9 آذار 2017 - 10:15', '2017-03-09'],
  ])('reads %s: «%s» → %s', (_what, line, day) => expect(dayOf(line)).toBe(day));

  it('prefers the publication label over the update label on one line', () =>
    expect(dayOf('آخر تحديث: 06/01/2022 - 09:00 | نشر في: 04/01/2022 - 20:00')).toBe('2022-01-04'));

  it('names the line it read as evidence', () =>
    expect(findDateline(['الرئيسية', 'تاريخ النشر: 2020-11-09'], '')?.line).toBe('تاريخ النشر: 2020-11-09'));

  it('reads a dateline in the first lines of the text when the cleaner kept it', () =>
    expect(findDateline([], 'العنوان\nنشر في: 03/07/2021\nنص الخبر الأول.')?.day).toBe('2021-07-03'));

  it('takes no date from a sentence of the body', () =>
    expect(dayOf('وقال المتحدث إن الاتفاق الموقع في 14/12/2018 ما زال ساريا')).toBeNull());

  it('takes no date from the middle of a long text', () =>
    expect(findDateline([], ['أ', 'ب', 'ج', 'نشر في: 03/07/2021', 'د', 'ه', 'و'].join('\n'))).toBeNull());

  it('rejects a day past the end of its month', () => expect(dayOf('نشر في: 31/02/2018')).toBeNull());
});
