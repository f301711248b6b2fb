/**
 * Hijri ↔ Gregorian with the Umm al-Qura calendar of Node's built-in ICU (`islamic-umalqura`), a tested
 * implementation; Gregorian is found by searching near an estimate, never from a hand table.
 */
import type { IsoDay } from '../types.js';
import { addDays } from './calendar.js';

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const EPOCH_MS = Date.UTC(622, 6, 16);
const MEAN_YEAR_DAYS = 354.367;

export function gregorianToHijri(day: IsoDay): { year: number; month: number; day: number } {
  const parts = FORMAT.formatToParts(new Date(`${day}T00:00:00Z`));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const order = (h: { year: number; month: number; day: number }) => h.year * 400 + h.month * 31 + h.day;

/** The Gregorian day of a Hijri date, or null when the date does not exist (e.g. 30 of a 29-day month). */
export function hijriToGregorian(year: number, month: number, day: number): IsoDay | null {
  const estimate = EPOCH_MS + ((year - 1) * MEAN_YEAR_DAYS + (month - 1) * 29.53 + (day - 1)) * 86_400_000;
  let guess = new Date(estimate).toISOString().slice(0, 10);
  const target = order({ year, month, day });
  for (let step = 0; step < 60; step++) {
    const h = gregorianToHijri(guess);
    const diff = target - order(h);
    if (diff === 0) return guess;
    if (h.year === year && h.month === month && day > h.day && diff > 0 && day > 28) {
      const next = gregorianToHijri(addDays(guess, 1));
      if (next.month !== month) return null;
    }
    guess = addDays(
      guess,
      Math.sign(diff) * Math.max(1, Math.min(Math.abs(diff) > 31 ? 25 : Math.abs(diff), 25)),
    );
  }
  return null;
}

/** First and last Gregorian days of a Hijri month. */
export function hijriMonthRange(year: number, month: number): { from: IsoDay; to: IsoDay } | null {
  const from = hijriToGregorian(year, month, 1);
  if (!from) return null;
  const next = month === 12 ? hijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year, month + 1, 1);
  return next ? { from, to: addDays(next, -1) } : null;
}
