import type { IsoDay, Timex } from '../types.js';

export type Precision = 'day' | 'month' | 'year';

/** The calendar range a mention's date covers, how precise it is, and where it came from. */
export interface DateRange {
  from: IsoDay;
  to: IsoDay;
  precision: Precision;
  /** `timex`: stated in the sentence; `series`: between the dated rounds of its series; `published`: the publication date by a tense rule (least trusted). */
  source: 'timex' | 'series' | 'published';
}

/** A span of a week or less is a day date (with an end: «يومي 21 و22»). */
const DAY_SPAN = 6;

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

export function daysBetween(from: IsoDay, to: IsoDay): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export function addDays(day: IsoDay, delta: number): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

export function precisionOf(from: IsoDay, to: IsoDay): Precision {
  if (daysBetween(from, to) <= DAY_SPAN) return 'day';
  return from.slice(0, 7) === to.slice(0, 7) ? 'month' : 'year';
}

/** Range of a TIMEX3 value of the forms YYYY, YYYY-MM, YYYY-MM-DD; null for anything else. */
export function rangeOfValue(value: string): { from: IsoDay; to: IsoDay } | null {
  const m = /^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m.groups!.y);
  const mo = m.groups!.m ? Number(m.groups!.m) : undefined;
  if (mo === undefined) return { from: `${y}-01-01`, to: `${y}-12-31` };
  if (m.groups!.d) return { from: value, to: value };
  return { from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
}

/** A span longer than this (a decade, a century: «أسوأ كارثة في القرن الحادي والعشرين») dates no event. */
const MAX_EVENT_SPAN_DAYS = 5 * 366;

export function rangeOfTimex(t: Timex): DateRange | null {
  const r = t.range ?? rangeOfValue(t.value);
  if (!r || !/^\d{4}-\d{2}-\d{2}$/.test(r.from) || !/^\d{4}-\d{2}-\d{2}$/.test(r.to)) return null;
  if (daysBetween(r.from, r.to) > MAX_EVENT_SPAN_DAYS) return null;
  return { ...r, precision: precisionOf(r.from, r.to), source: 'timex' };
}

export const overlaps = (a: { from: IsoDay; to: IsoDay }, b: { from: IsoDay; to: IsoDay }) =>
  a.from <= b.to && b.from <= a.to;

/** The date of the timeline: YYYY-MM-DD (with an end for a span of days), YYYY-MM or YYYY. */
/** A span of a month or less across two months is told by its days, not by its year («الخميس الماضي» of a report dated within a week). */
const DAYS_SPAN = 31;

export function formatDate(r: DateRange): { start: string; end?: string } {
  if (r.precision === 'day') return r.from === r.to ? { start: r.from } : { start: r.from, end: r.to };
  if (r.precision === 'year' && daysBetween(r.from, r.to) <= DAYS_SPAN) return { start: r.from, end: r.to };
  if (r.precision === 'month') return { start: r.from.slice(0, 7) };
  return r.from.slice(0, 4) === r.to.slice(0, 4)
    ? { start: r.from.slice(0, 4) }
    : { start: r.from.slice(0, 4), end: r.to.slice(0, 4) };
}
