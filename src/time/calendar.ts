/** Day arithmetic on ISO days (UTC, no clock). */
import type { IsoDay } from '../types.js';

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const isoDay = (y: number, m: number, d: number): IsoDay => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const toDate = (day: IsoDay) => new Date(`${day}T00:00:00Z`);

export function addDays(day: IsoDay, delta: number): IsoDay {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

export const weekdayOf = (day: IsoDay): number => toDate(day).getUTCDay();
export const daysBetween = (a: IsoDay, b: IsoDay): number =>
  Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isValidDay = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export function parts(day: IsoDay): { year: number; month: number; day: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** Shift a (year, month) by whole months. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO 8601 week of a day: its year and number. */
export function isoWeek(day: IsoDay): { year: number; week: number } {
  const d = toDate(day);
  const thursday = addDays(day, 3 - ((d.getUTCDay() + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}

/** Monday of the ISO week holding `day`. */
export const mondayOf = (day: IsoDay): IsoDay => addDays(day, -((weekdayOf(day) + 6) % 7));

/** Monday of ISO week `week` of ISO week-year `year` (4 January is always in week 1). */
export const isoWeekMonday = (year: number, week: number): IsoDay =>
  addDays(mondayOf(isoDay(year, 1, 4)), 7 * (week - 1));

/** Every day from `from` to `to` inclusive. */
export function eachDay(from: IsoDay, to: IsoDay): IsoDay[] {
  const out: IsoDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
