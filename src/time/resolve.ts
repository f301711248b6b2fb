/** A parsed result → its TIMEX3 value and the calendar range it covers. */
import type { IsoDay } from '../types.js';
import { addDays, daysInMonth, isoDay, isoWeekMonday, pad } from './calendar.js';
import type { Components } from './components.js';
import type { ParsedResult } from './parser.js';

const part = (c: Components, unit: 'year' | 'month' | 'day', width: number) => {
  const v = c.get(unit);
  return v === undefined ? 'X'.repeat(width) : pad(v, width);
};

function dateValue(r: ParsedResult, c: Components): string {
  const y = part(c, 'year', 4);
  switch (r.granularity) {
    case 'year':
      return y;
    case 'month':
      return `${y}-${part(c, 'month', 2)}`;
    case 'season':
      return `${y}-${r.season}`;
    case 'week':
      return `${y}-W${c.get('week') === undefined ? 'XX' : pad(c.get('week')!)}`;
    case 'decade':
      return c.get('decade') === undefined ? 'XXX' : String(c.get('decade'));
    case 'century':
      return c.get('century') === undefined ? 'XX' : pad(c.get('century')!);
    default:
      return `${y}-${part(c, 'month', 2)}-${part(c, 'day', 2)}`;
  }
}

export function timexValue(r: ParsedResult): string {
  if (r.value !== undefined) return r.value;
  if (!r.components) return 'XXXX-XX-XX';
  const date = dateValue(r, r.components);
  return r.timeOfDay ? `${date}T${r.timeOfDay}` : date;
}

function firstAndLast(r: ParsedResult, c: Components): { from: IsoDay; to: IsoDay } | undefined {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  switch (r.granularity) {
    case 'year':
      return y === undefined ? undefined : { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31) };
    case 'month':
      return y === undefined || m === undefined
        ? undefined
        : { from: isoDay(y, m, 1), to: isoDay(y, m, daysInMonth(y, m)) };
    case 'week': {
      // `year` is the ISO week-year here, not the calendar year of the week's days
      const w = c.get('week');
      if (y === undefined || w === undefined) return undefined;
      const monday = isoWeekMonday(y, w);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'decade': {
      const de = c.get('decade');
      return de === undefined ? undefined : { from: isoDay(de * 10, 1, 1), to: isoDay(de * 10 + 9, 12, 31) };
    }
    case 'century': {
      const ce = c.get('century');
      return ce === undefined
        ? undefined
        : { from: isoDay(ce * 100, 1, 1), to: isoDay(ce * 100 + 99, 12, 31) };
    }
    case 'season':
      return undefined;
    default:
      return y === undefined || m === undefined || d === undefined
        ? undefined
        : { from: isoDay(y, m, d), to: isoDay(y, m, d) };
  }
}

/** First and last day covered, for dates (and times, their day) that are fully resolved. */
export function rangeOf(r: ParsedResult): { from: IsoDay; to: IsoDay } | undefined {
  if (r.fixedRange) return r.fixedRange;
  if (!r.components || (r.type !== 'DATE' && r.type !== 'TIME')) return undefined;
  const range = firstAndLast(r, r.components);
  if (r.granularity === 'week' && r.mod === 'START' && (r.relation?.shift?.by ?? 0) >= 0)
    return startOfWeekRange(r) ?? range;
  if (!range || !r.rangeEnd) return range;
  const end = firstAndLast(r, r.rangeEnd);
  return end && end.to > range.from ? { from: range.from, to: end.to } : range;
}

/**
 * «مطلع الأسبوع», «بداية الأسبوع المقبل»: the first days of the week, a fuzzy span of four days from the
 * Saturday before the ISO Monday to the Tuesday. The traditional Arab week opens on Saturday, the working
 * week on Sunday (the Gulf, Egypt, Iraq) or Monday (the Maghreb, Lebanon): each one's first days are in it.
 * The value stays the ISO week with the mod START. «مطلع الأسبوع الماضي» keeps the whole week: told from a later
 * week, it reaches days the first days do not (on ANT v2.1 dev 4 of 8 were the Saturday before or later days).
 */
export function startOfWeekRange(r: ParsedResult): { from: IsoDay; to: IsoDay } | undefined {
  const y = r.components?.get('year');
  const w = r.components?.get('week');
  if (y === undefined || w === undefined) return undefined;
  const monday = isoWeekMonday(y, w);
  return { from: addDays(monday, -2), to: addDays(monday, 1) };
}
