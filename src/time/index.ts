import type { IsoDay, Timex } from '../types.js';
import { mapDigits } from '../text/normalize.js';

/**
 * First version of the Arabic temporal tagger: «D month YYYY» with Gregorian month names (Egyptian/Gulf
 * and Levantine), bare years, and the relative days أمس / اليوم / غدا resolved against `reference`.
 * The reference date is always an argument, never the clock.
 */
const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, اغسطس: 8,
  سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH_YEAR = new RegExp(`(?<day>\\d{1,2})\\s+(?:من\\s+)?(?<month>${MONTH_ALT})(?:\\s+(?:عام\\s+)?(?<year>\\d{4}))?`, 'gu');
const YEAR = /(?:عام|العام|سنة)\s+(?<year>\d{4})/gu;
const RELATIVE: Record<string, number> = { أمس: -1, الأمس: -1, اليوم: 0, غدا: 1, غداً: 1 };
const RELATIVE_RE = new RegExp(`(?<![\\p{L}])(?<word>${Object.keys(RELATIVE).join('|')})(?![\\p{L}])`, 'gu');

const pad = (n: number) => String(n).padStart(2, '0');
export function addDays(day: IsoDay, delta: number): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

export function tagTime(display: string, reference: IsoDay | null): Timex[] {
  const text = mapDigits(display); // same length: digits map one to one
  const timexes: Timex[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const { day, month, year } = m.groups!;
    const y = year ?? reference?.slice(0, 4) ?? 'XXXX';
    const value = `${y}-${pad(MONTHS[month])}-${pad(Number(day))}`;
    timexes.push({ start: m.index!, end: m.index! + m[0].length, text: display.slice(m.index!, m.index! + m[0].length), type: 'DATE', value, tag: 'ar/day-month-year', relative: !year });
  }
  for (const m of text.matchAll(YEAR)) {
    timexes.push({ start: m.index!, end: m.index! + m[0].length, text: display.slice(m.index!, m.index! + m[0].length), type: 'DATE', value: m.groups!.year, tag: 'ar/year', relative: false });
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    const value = reference ? addDays(reference, RELATIVE[m.groups!.word]) : 'XXXX-XX-XX';
    timexes.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'DATE', value, tag: 'ar/relative-day', relative: true });
  }
  return timexes.sort((a, b) => a.start - b.start);
}
