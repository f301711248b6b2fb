import { describe, it } from 'vitest';
import { REF, testSingleCase } from './helpers.js';

// Reference Thursday 2017-12-14.
describe('a clock time and its day are one time expression', () => {
  it('«تبدأ المباراة الساعة الثانية عشرة صباح الأحد» is the coming Sunday at 12:00', () =>
    testSingleCase('تبدأ المباراة الساعة الثانية عشرة صباح الأحد', REF, {
      text: 'الساعة الثانية عشرة صباح الأحد',
      type: 'TIME',
      value: '2017-12-17T12:00',
    }));
  it('«الساعة العاشرة من مساء يوم الثلاثاء» (past) is Tuesday 22:00', () =>
    testSingleCase('وقع الانفجار الساعة العاشرة من مساء يوم الثلاثاء', REF, {
      text: 'الساعة العاشرة من مساء يوم الثلاثاء',
      value: '2017-12-12T22:00',
    }));
  it('a day before the clock joins it («أمس، في الساعة الثامنة صباحا»)', () =>
    testSingleCase('وصل الوفد أمس، في الساعة الثامنة صباحا', REF, {
      text: 'أمس، في الساعة الثامنة صباحا',
      value: '2017-12-13T08:00',
    }));
  it('a clock with no day stays on the reference day', () =>
    testSingleCase('الساعة الثامنة صباحا', REF, { value: '2017-12-14T08:00' }));
});

describe('two days of a month in ordinal words', () => {
  it('«ليلة التاسع والعاشر من أيار» is the night of the ninth', () =>
    testSingleCase('قصفت الطائرات مواقع ليلة التاسع والعاشر من أيار 2017', REF, {
      text: 'ليلة التاسع والعاشر من أيار 2017',
      type: 'TIME',
      value: '2017-05-09TNI',
    }));
  it('«بين الرابع والسادس من مايو 2017» is a range from the fourth', () =>
    testSingleCase('بين الرابع والسادس من مايو 2017', REF, {
      text: 'بين الرابع والسادس من مايو 2017',
      value: '2017-05-04',
      range: { from: '2017-05-04', to: '2017-05-06' },
    }));
  it('«الثاني والعشرين من مايو 2017» is one ordinal, the 22nd, no range', () =>
    testSingleCase('في الثاني والعشرين من مايو 2017', REF, {
      text: 'الثاني والعشرين من مايو 2017',
      value: '2017-05-22',
      range: { from: '2017-05-22', to: '2017-05-22' },
    }));
});

describe('a clock joins the day after its time zone, and the day part sets its half of the day', () => {
  it('«الساعة الرابعة والربع بالتوقيت المحلي مساء الجمعة» on Saturday 2018-10-13 is Friday 16:15', () =>
    testSingleCase(
      'انهمرت السيول على المدرسة الساعة الرابعة والربع بالتوقيت المحلي مساء الجمعة',
      '2018-10-13',
      {
        text: 'الساعة الرابعة والربع بالتوقيت المحلي مساء الجمعة',
        type: 'TIME',
        value: '2018-10-12T16:15',
      },
    ));
  it('«الساعة 04:54 بتوقيت غرينتش أمس الخميس» is yesterday at 04:54', () =>
    testSingleCase('وسجلت الليرة 4.98 للدولار في الساعة 04:54 بتوقيت غرينتش أمس الخميس', '2018-08-03', {
      value: '2018-08-02T04:54',
    }));
  it('«الساعة العاشرة ليلة الخميس» is 22:00, «الساعة الثانية ليل الأحد» stays 02:00', () => {
    testSingleCase('وقع الانفجار الساعة العاشرة ليلة الخميس', REF, { value: '2017-12-14T22:00' });
    testSingleCase('وقع الانفجار الساعة الثانية ليل الأحد', REF, { value: '2017-12-10T02:00' });
  });
});
