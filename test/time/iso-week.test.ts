import { describe, expect, it } from 'vitest';
import { isoWeek, isoWeekMonday } from '../../src/time/calendar.js';
import { testSingleCase } from './helpers.js';

// Worked out by hand: ISO week 1 is the week holding 4 January (its Thursday falls in the new year).
describe('ISO weeks that straddle a year end', () => {
  const weeks: [string, number, number][] = [
    ['2018-12-31', 2019, 1], // a Monday in December that starts 2019-W01
    ['2019-01-06', 2019, 1],
    ['2018-12-30', 2018, 52],
    ['2018-01-01', 2018, 1], // 1 January 2018 is a Monday
    ['2021-01-03', 2020, 53], // a Sunday in January still in 2020-W53
    ['2016-01-01', 2015, 53],
    ['2020-01-01', 2020, 1], // a Wednesday: its week began 2019-12-30
  ];
  for (const [day, year, week] of weeks)
    it(`${day} is in ${year}-W${week}`, () => expect(isoWeek(day)).toEqual({ year, week }));

  const mondays: [number, number, string][] = [
    [2019, 1, '2018-12-31'],
    [2018, 1, '2018-01-01'],
    [2020, 53, '2020-12-28'],
    [2015, 53, '2015-12-28'],
    [2020, 1, '2019-12-30'],
    [2017, 51, '2017-12-18'],
  ];
  for (const [year, week, monday] of mondays)
    it(`${year}-W${week} starts on ${monday}`, () => expect(isoWeekMonday(year, week)).toBe(monday));
});

describe('«الأسبوع المقبل/الماضي/هذا الأسبوع» around year ends', () => {
  const cases: [string, string, string, string, string][] = [
    ['الأسبوع المقبل', '2018-12-27', '2019-W01', '2018-12-31', '2019-01-06'],
    ['الأسبوع الماضي', '2018-12-27', '2018-W51', '2018-12-17', '2018-12-23'],
    ['هذا الأسبوع', '2018-12-27', '2018-W52', '2018-12-24', '2018-12-30'],
    ['هذا الأسبوع', '2019-12-30', '2020-W01', '2019-12-30', '2020-01-05'],
    ['الأسبوع الماضي', '2019-12-30', '2019-W52', '2019-12-23', '2019-12-29'],
    ['الأسبوع المقبل', '2019-12-30', '2020-W02', '2020-01-06', '2020-01-12'],
    ['هذا الأسبوع', '2021-01-01', '2020-W53', '2020-12-28', '2021-01-03'],
    ['الأسبوع المقبل', '2021-01-01', '2021-W01', '2021-01-04', '2021-01-10'],
    ['الأسبوع الماضي', '2018-01-01', '2017-W52', '2017-12-25', '2017-12-31'],
    ['الأسبوع المقبل', '2016-01-03', '2016-W01', '2016-01-04', '2016-01-10'],
  ];
  for (const [text, reference, value, from, to] of cases)
    it(`«${text}» on ${reference} → ${value} (${from}..${to})`, () =>
      testSingleCase(text, reference, { type: 'DATE', value, range: { from, to } }));
});
