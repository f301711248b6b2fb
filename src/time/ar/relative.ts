/** Components implied from the reference date: days, weekdays, shifted units, and the year of a named month. */
import type { IsoDay } from '../../types.js';
import { addDays, addMonths, daysInMonth, isoDay, isoWeek, mondayOf, parts, weekdayOf } from '../calendar.js';
import type { Components } from '../components.js';

export function implyDay(c: Components, day: IsoDay): Components {
  const p = parts(day);
  return c.imply('year', p.year).imply('month', p.month).imply('day', p.day);
}

/** The weekday nearest the reference in a direction: `past` includes the reference day, `before` does not. */
export function resolveWeekday(
  reference: IsoDay,
  weekday: number,
  direction: 'past' | 'future' | 'before' | 'after',
): IsoDay {
  const diff = (weekday - weekdayOf(reference) + 7) % 7;
  switch (direction) {
    case 'future':
      return addDays(reference, diff);
    case 'after':
      return addDays(reference, diff === 0 ? 7 : diff);
    case 'past':
      return addDays(reference, diff === 0 ? 0 : diff - 7);
    default:
      return addDays(reference, diff === 0 ? -7 : diff - 7);
  }
}

/**
 * The ISO week `by` weeks from the reference's: its ISO week-year and number, which may differ from the
 * calendar year of its days (2019-W01 runs from Monday 2018-12-31). No month or day is implied: the range
 * is computed from the week itself.
 */
export function implyWeek(c: Components, reference: IsoDay, by: number): Components {
  const w = isoWeek(addDays(mondayOf(reference), 7 * by));
  return c.imply('year', w.year).imply('week', w.week);
}

export function implyMonthShift(c: Components, reference: IsoDay, by: number): Components {
  const p = parts(reference);
  const m = addMonths(p.year, p.month, by);
  return c.imply('year', m.year).imply('month', m.month);
}

/**
 * The year of a named month (and day) without a year: «الماضي» the last such month before the reference's,
 * «المقبل» the next after it, «الجاري» the reference's year. With none stated, the tense decides: in the
 * past, the latest occurrence up to a week after the reference; in the future, the first from a week before.
 */
export function yearOfMonth(
  reference: IsoDay,
  month: number,
  direction: -1 | 0 | 1 | undefined,
  day?: number,
  tense: 'past' | 'future' = 'past',
): number {
  const p = parts(reference);
  if (direction === 0) return p.year;
  const sameMonthBefore = day !== undefined && day < p.day;
  const sameMonthAfter = day !== undefined && day > p.day;
  if (direction === -1)
    return month < p.month || (month === p.month && sameMonthBefore) ? p.year : p.year - 1;
  if (direction === 1) return month > p.month || (month === p.month && sameMonthAfter) ? p.year : p.year + 1;
  const on = (year: number) => isoDay(year, month, Math.min(day ?? 1, daysInMonth(year, month)));
  if (tense === 'past') return on(p.year) <= addDays(reference, 7) ? p.year : p.year - 1;
  return on(p.year) >= addDays(reference, day === undefined ? -31 : -7) ? p.year : p.year + 1;
}
