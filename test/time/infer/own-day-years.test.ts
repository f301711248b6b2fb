import { describe, expect, it } from 'vitest';
import { inferPublication } from '../../../src/story/infer-publication.js';
import { tagTime } from '../../../src/time/index.js';
import { ownDayYears } from '../../../src/time/infer/own-day-years.js';
import { timedDoc } from '../../helpers/timed-doc.js';

const yearsOf = (text: string) => ownDayYears(tagTime(text, null))?.years ?? null;

describe('ownDayYears', () => {
  it('«اليوم، الأحد 14 تموز»: the years from 2000 to 2035 whose 14 July is a Sunday', () => {
    expect(yearsOf('قال الوزير اليوم، الأحد 14 تموز، إن المحادثات مستمرة.')).toEqual([
      2002, 2013, 2019, 2024, 2030,
    ]);
  });

  it("«أمس السبت 13 تموز»: the weekday is the named day's (the years whose 13 July is a Saturday)", () => {
    expect(yearsOf('وكان الوزير قد قال أمس السبت 13 تموز إن المحادثات مستمرة.')).toEqual([
      2002, 2013, 2019, 2024, 2030,
    ]);
  });

  it('a day named without its weekday («اليوم 14 تموز») leaves every year open: none listed', () => {
    expect(yearsOf('قال الوزير اليوم 14 تموز إن المحادثات مستمرة.')).toBeNull();
  });

  it('a day named with its year needs no list', () => {
    expect(yearsOf('قال الوزير اليوم، الأحد 14 تموز 2019، إن المحادثات مستمرة.')).toBeNull();
  });
});

describe('an undated report that names its day without the year, with no period', () => {
  it('keeps no date and no range, and lists the years in its evidence', () => {
    const text = 'قال الوزير اليوم، الأحد 14 تموز، إن المحادثات مستمرة.';
    const doc = timedDoc(text);
    inferPublication([doc], {});
    expect([doc.published.date, doc.published.range, doc.published.evidence]).toEqual([
      null,
      undefined,
      expect.stringContaining('2002, 2013, 2019, 2024, 2030: give the date with --published-for'),
    ]);
  });
});
