/**
 * A report that names its own day and weekday but no year («اليوم، الثلاثاء 10 من كانون الأول») and has no
 * period to choose the year in: the years it can be are every 5, 6 or 11 years apart, so no range is safe.
 * Its evidence lists them instead, for the user to pick one (`--published-for`, `--period`).
 */
import type { Timex } from '../../types.js';
import { isoDay, isValidDay, weekdayOf } from '../calendar.js';
import { isSelfDating } from './self-dating.js';

/** The years listed: the span of news archives a reader is likely to hold. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2035;

interface Parsed {
  stated?: { year?: number; month?: number; day?: number; weekday?: number };
  relation?: { offsetDays?: number };
}

/** The self-dating expression with a weekday, day and month and no year, and the years it fits; null if none. */
export function ownDayYears(timexes: Timex[]): { text: string; years: number[] } | null {
  for (const t of timexes) {
    const p = (t.parsed ?? {}) as Parsed;
    const s = p.stated;
    const offset = p.relation?.offsetDays;
    if (!isSelfDating(t) || offset === undefined || !s) continue;
    if (s.year !== undefined || s.weekday === undefined || s.day === undefined || s.month === undefined)
      continue;
    const years: number[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      if (!isValidDay(y, s.month, s.day)) continue;
      // the weekday is the named day's; the article's own day is `offset` days before it
      if (weekdayOf(isoDay(y, s.month, s.day)) === s.weekday) years.push(y);
    }
    if (years.length > 0) return { text: t.text, years };
  }
  return null;
}

/** The evidence for an undated report that names its day but not the year. */
export function explainOwnDay(found: { text: string; years: number[] }): string {
  return (
    `«${found.text}» names the day but not the year; between ${FIRST_YEAR} and ${LAST_YEAR} it falls in ` +
    `${found.years.join(', ')}: give the date with --published-for FILE=YYYY-MM-DD or the years with --period`
  );
}
