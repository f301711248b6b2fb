/**
 * A date given with its weekday and a direction, «الأحد الماضي 12 آب» or «الأحد المقبل 19 آب», is days from
 * the article's own: the last such weekday before it (up to two weeks, for writers who mean last week's) or
 * the next after it. The day, month and weekday also pick the year. A date with its weekday and no direction
 * («الأحد 11 آذار») is not used: on ANT dev it sits weeks from the article often enough to be confidently
 * wrong. Weakest strength: set aside when it contradicts firmer evidence.
 */
import type { IsoDay, Timex } from '../../types.js';
import { addDays, parts, weekdayOf } from '../calendar.js';
import type { Constraint } from './text-constraints.js';

interface Parsed {
  stated?: { year?: number; month?: number; day?: number; weekday?: number };
  relation?: { weekdayDirection?: number };
}

const DIRECTED_DAYS = 13;

export function nearDatedWeekday(t: Timex, p: Parsed): Constraint[] {
  const s = p.stated;
  const direction = p.relation?.weekdayDirection;
  if (!s || s.weekday === undefined || s.day === undefined || s.month === undefined) return [];
  if (direction !== -1 && direction !== 1) return [];
  const { day, month, weekday, year } = s;
  // days from the named date to the article's: after it for «الماضي», before it for «المقبل»
  const [from, to] = direction === -1 ? [1, DIRECTED_DAYS] : [-DIRECTED_DAYS, -1];
  const named = (q: IsoDay) => {
    const r = parts(q);
    return (
      r.day === day &&
      r.month === month &&
      (year === undefined || r.year === year) &&
      weekdayOf(q) === weekday
    );
  };
  return [
    {
      strength: 1,
      evidence: `«${t.text}» names a weekday ${direction === -1 ? 'before' : 'after'} the article's day, within two weeks`,
      test: (d) => {
        for (let k = from; k <= to; k++) if (named(addDays(d, -k))) return true;
        return false;
      },
    },
  ];
}
