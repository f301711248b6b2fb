/**
 * Forms the second QA round met on economy, sports and health reports (sentences written here): a count with
 * a half or a quarter more, a span of years written as one token (a fiscal year, a season), a future
 * told by any سـ + imperfect verb of news before the timex, an age counted with the article, and a month that
 * names an event.
 */
import { describe, expect, it } from 'vitest';
import { FUTURE_VERBS } from '../../src/time/ar/constants/future-verbs.js';
import { REF, testNoMatch, testSingleCase } from './helpers.js';

describe('a count with «ونصف» or «وربع» is one expression', () => {
  it('«عامين ونصف العام» is two and a half years', () =>
    testSingleCase('حكم عليه بالسجن عامين ونصف العام', REF, { text: 'عامين ونصف العام', value: 'P2.5Y' }));
  it('«ثلاث سنوات ونصف» without the unit again', () =>
    testSingleCase('قضى ثلاث سنوات ونصف في المنفى', REF, { text: 'ثلاث سنوات ونصف', value: 'P3.5Y' }));
  it('«ساعة وربع» is an hour and a quarter, with no cue', () =>
    testSingleCase('استمر الاجتماع ساعة وربع', REF, { type: 'DURATION', value: 'PT1.25H' }));
  it('«منذ عام ونصف» is 18 months back', () =>
    testSingleCase('منذ عام ونصف', REF, { text: 'منذ عام ونصف', value: '2016-06' }));
  it('«قبل شهرين ونصف الشهر» is 75 days back', () =>
    testSingleCase('قبل شهرين ونصف الشهر', REF, { value: '2017-09-30' }));
  it('«بعد عام ونصف من الاتفاق» counts from the agreement: the length alone', () =>
    testSingleCase('بعد عام ونصف من الاتفاق', REF, { type: 'DURATION', value: 'P1.5Y' }));
  it('«ونصف» after no unit stays out («مليون ونصف المليون»)', () =>
    testNoMatch('دفعوا مليون ونصف المليون جنيه'));
});

describe('a span of years written as one token', () => {
  it('«موازنة 2018-2019» is 2018 to the end of 2019', () =>
    testSingleCase('في موازنة 2018-2019 عند 67 دولارا', REF, {
      text: '2018-2019',
      value: '2018',
      range: { from: '2018-01-01', to: '2019-12-31' },
    }));
  it('«الموسم 2017/18» closes on the next year', () =>
    testSingleCase('في الموسم 2017/18 فاز الفريق', REF, {
      text: '2017/18',
      range: { from: '2017-01-01', to: '2018-12-31' },
    }));
  it('two digits that are not the next year close no span («2017/19»)', () => testNoMatch('في 2017/19 فقط'));
  it('a range of prices is no span («1500-1600 دولار»)', () => testNoMatch('بسعر 1500-1600 دولار'));
  it('an ISO day stays a day («2018-09-04»)', () =>
    testSingleCase('في 2018-09-04 وقع', REF, { value: '2018-09-04' }));
});

describe('سـ + an imperfect of news before a timex tells the future', () => {
  it('«سيعقدان محادثات … يوم الخميس» read on a Wednesday is the next day', () =>
    testSingleCase('قالت المصادر إن الوزيرين سيعقدان محادثات في موسكو يوم الخميس', '2018-03-28', {
      value: '2018-03-29',
    }));
  it('«ستنتهي في آب» read in June is this August', () =>
    testSingleCase('وأضاف أن مهامه ستنتهي في آب/أغسطس', '2018-06-27', { value: '2018-08' }));
  it('after the timex it tells nothing: «قال … الأحد، إنه سيلغي» dates the saying', () =>
    testSingleCase('قال المرشح الأحد، إنه سيلغي كل الأنشطة', '2018-10-09', { value: '2018-10-07' }));
  it('a past told after it in a clause of its own wins («سيدفع ثمنا للهجوم الذي شهدته دوما مساء السبت»)', () =>
    testSingleCase('قال إن الأسد سيدفع ثمنا باهظا للهجوم الذي شهدته دوما مساء السبت', '2018-04-08', {
      value: '2018-04-07TEV',
    }));
  it('nouns that look like one are not in the list', () => {
    for (const noun of ['سيارة', 'سنة', 'ستة', 'سيطرة', 'سياسة', 'سيدة', 'ستار', 'سيما'])
      expect(FUTURE_VERBS, noun).not.toContain(noun);
  });
  it('a noun after the timex does not make it future («الأحد سيارة»)', () =>
    testSingleCase('انفجرت الأحد سيارة مفخخة', '2018-10-09', { value: '2018-10-07' }));
});

describe('an age with the article, and a month that names an event', () => {
  it('«عن عمر يناهز الـ69 عاما» is 69 years, not «عاما» alone', () =>
    testSingleCase('توفي عن عمر يناهز الـ69 عاما', REF, { text: 'الـ69 عاما', value: 'P69Y' }));
  it('«نصر أكتوبر» names a victory, no date', () => testNoMatch('استلهاما لروح نصر أكتوبر المجيد'));
  it('«ثورة 25 يناير» names a revolution, no date', () => testNoMatch('منذ ثورة 25 يناير'));
  it('«الحرب في أكتوبر» is still a month', () =>
    testSingleCase('اندلعت الحرب في أكتوبر', REF, { value: '2017-10' }));
});
