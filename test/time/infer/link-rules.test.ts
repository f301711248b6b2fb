import { describe, expect, it } from 'vitest';
import type { Link } from '../../../src/events/find-anchors.js';
import { tagTime } from '../../../src/time/index.js';
import { mayDate, sameWeekdayAWeekOff } from '../../../src/time/infer/link-rules.js';
import type { MasarDoc, Timex } from '../../../src/types.js';

/** The first time expression of a sentence read on a Tuesday (2018-10-09). */
const timexOf = (sentence: string): Timex => tagTime(sentence, '2018-10-09')[0];

const linkOf = (family: string, sentence: string): Link => ({
  family,
  participants: [],
  doc: {} as MasarDoc,
  timex: timexOf(sentence),
  sentence: { start: 0, end: sentence.length },
});

describe('sameWeekdayAWeekOff', () => {
  it('a bare «الثلاثاء» that can be said on the Tuesday of the event can also be said a week later', () => {
    const t = timexOf('اختفى الصحفي الثلاثاء في القنصلية');
    expect(sameWeekdayAWeekOff(t, '2018-10-02', ['2018-10-02', '2018-10-03'])).toBe('2018-10-09');
  });

  it('«الثلاثاء الماضي» names its week: nothing is added', () => {
    const t = timexOf('اختفى الصحفي الثلاثاء الماضي في القنصلية');
    expect(sameWeekdayAWeekOff(t, '2018-10-02', ['2018-10-02', '2018-10-03'])).toBeNull();
  });

  it('nothing is added when the report cannot be of the event day itself', () => {
    const t = timexOf('اختفى الصحفي الثلاثاء في القنصلية');
    expect(sameWeekdayAWeekOff(t, '2018-10-02', ['2018-10-03', '2018-10-04'])).toBeNull();
  });

  it('in the future tense the report can be a week earlier: «تبدأ الجولة الثلاثاء»', () => {
    const t = timexOf('تبدأ الجولة الثلاثاء في جنيف');
    expect(sameWeekdayAWeekOff(t, '2018-10-16', ['2018-10-16'])).toBe('2018-10-09');
  });
});

describe('mayDate', () => {
  it('a clock time with no day («الساعة 13:14») dates no report', () => {
    expect(mayDate(linkOf('visit', 'وصل إلى القنصلية الساعة 13:14'))).toBe(false);
  });

  it('a time of a day told relative to the report («صباح اليوم») may date it', () => {
    expect(mayDate(linkOf('visit', 'وصل الوزير صباح اليوم إلى دمشق'))).toBe(true);
  });

  it('a day and month without the year («في 19 حزيران») dates the event by itself, not the report', () => {
    expect(mayDate(linkOf('agreement', 'وكان الطرفان قد توصلا إلى اتفاق في 19 حزيران'))).toBe(false);
  });

  it('a plan for next week («محادثات … الأسبوع المقبل») dates no report', () => {
    expect(mayDate(linkOf('talks', 'ومن المقرر أن يجري المبعوث محادثات مع الوفود الأسبوع المقبل'))).toBe(
      false,
    );
  });

  it('a past month («توصل الطرفان الشهر الماضي إلى اتفاق») may date its report', () => {
    expect(mayDate(linkOf('agreement', 'وتوصل الطرفان الشهر الماضي إلى اتفاق'))).toBe(true);
  });

  it('an attack, a kind that recurs day after day, dates no report', () => {
    expect(mayDate(linkOf('attack', 'قصفت الطائرات البلدة الأحد'))).toBe(false);
  });
});
