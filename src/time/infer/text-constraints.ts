/**
 * What a text says about its own publication day, read from its timexes tagged without a reference:
 * - «اليوم الثلاثاء», «غد الإثنين», «أمس الجمعة»: the day's weekday (self-dating);
 * - «اليوم، الثلاثاء 10 من كانون الأول»: the day itself, up to the year;
 * - «21 ديسمبر الجاري», «الشهر الجاري» with a month: the day's month;
 * - «الأحد 12 آب», «الأحد الماضي 12 آب»: a date whose weekday the text names is news, near the day (see
 *   ./near-dated-weekday.ts).
 * Each constraint is a test on a candidate day with its evidence in words and a strength for relaxing.
 */
import type { IsoDay, Timex } from '../../types.js';
import { addDays, isoDay, isValidDay, parts, weekdayOf } from '../calendar.js';
import { nearDatedWeekday } from './near-dated-weekday.js';
import { isSelfDating } from './self-dating.js';

export interface Constraint {
  /** 1 is dropped first when the constraints contradict each other. */
  strength: 1 | 2 | 3;
  evidence: string;
  test(day: IsoDay): boolean;
}

interface Parsed {
  stated?: { year?: number; month?: number; day?: number; weekday?: number };
  relation?: { offsetDays?: number; monthDirection?: number; weekdayDirection?: number };
}

const yearAgrees = (year: number, month: number, day: number, weekday: number) =>
  isValidDay(year, month, day) && weekdayOf(isoDay(year, month, day)) === weekday;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function selfDating(t: Timex, p: Parsed): Constraint[] {
  const offset = p.relation?.offsetDays;
  if (offset === undefined || !p.stated) return [];
  const out: Constraint[] = [];
  const { weekday, day, month, year } = p.stated;
  if (weekday !== undefined) {
    const own = (((weekday - offset) % 7) + 7) % 7;
    out.push({
      strength: 2,
      evidence: `«${t.text}» dates the article to a ${WEEKDAY_NAMES[own]}`,
      test: (d) => weekdayOf(d) === own,
    });
  }
  if (day !== undefined && month !== undefined) {
    // a stated year that its own weekday contradicts is a slip (last year's number in January): keep the weekday
    const slip = year !== undefined && weekday !== undefined && !yearAgrees(year, month, day, weekday);
    const y = slip ? undefined : year;
    out.push({
      strength: 3,
      evidence: slip
        ? `«${t.text}» names the day itself, though its weekday is not one of ${year}`
        : `«${t.text}» names the day itself`,
      test: (d) => {
        const q = parts(addDays(d, offset));
        return q.day === day && q.month === month && (y === undefined || q.year === y);
      },
    });
  }
  return out;
}

function currentMonth(t: Timex, p: Parsed): Constraint[] {
  const month = p.stated?.month;
  if (p.relation?.monthDirection !== 0 || month === undefined) return [];
  const year = p.stated?.year;
  // a day of grace: an article filed after midnight on the last day carries the next day's date
  const inMonth = (d: IsoDay) => {
    const q = parts(d);
    return q.month === month && (year === undefined || q.year === year);
  };
  return [
    {
      strength: 1,
      evidence: `«${t.text}» says the month is the current one`,
      test: (d) => inMonth(d) || inMonth(addDays(d, -1)),
    },
  ];
}

export function textConstraints(timexes: Timex[]): Constraint[] {
  return timexes.flatMap((t) => {
    const p = (t.parsed ?? {}) as Parsed;
    if (isSelfDating(t)) return selfDating(t, p);
    return [...currentMonth(t, p), ...nearDatedWeekday(t, p)];
  });
}
