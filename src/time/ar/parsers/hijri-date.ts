/**
 * Hijri dates: «15 رمضان 1436», «غرة شوال», «شهر رمضان», «ذي الحجة 1440 هـ», «20 / شعبان / 1428 هجرية»; converted to Gregorian with
 * Umm al-Qura. Without a year, the occurrence nearest the reference; with no reference either, a date whose
 * Gregorian days are unknown.
 */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { gregorianToHijri, hijriMonthRange, hijriToGregorian } from '../../hijri.js';
import { B, E, type Parser } from '../../parser.js';
import { HIJRI_ALT, HIJRI_MONTHS, lookup } from '../constants/index.js';
import { HIJRI_NEEDS_CUE } from '../constants/months-hijri.js';
import { ORDINAL_ALT, parseDay } from '../numbers.js';
import { ar, regex } from '../pattern.js';

const TAG = 'ar/hijri';
const NEEDS_CUE = new Set(HIJRI_NEEDS_CUE.map(ar));

function nearestYear(reference: string, month: number): number {
  const h = gregorianToHijri(reference);
  return month - h.month > 6 ? h.year - 1 : h.month - month > 6 ? h.year + 1 : h.year;
}

export const HIJRI_DATE: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<day>\\d{1,2}|${ORDINAL_ALT}|غرة)(?:\\s+من\\s+|\\s*/\\s*|\\s+))?(?<shahr>شهر\\s+)?(?<month>${HIJRI_ALT})(?:(?:\\s*/\\s*|\\s+(?:عام|سنة)?\\s*)(?<year>1[34]\\d{2}))?(?:\\s*(?:هـ|ه|هجري|هجرية|للهجرة)${E})?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const month = lookup(HIJRI_MONTHS, g.month)!;
    const day = g.day ? (g.day === 'غره' ? 1 : parseDay(g.day)) : null;
    if (!g.day && !g.shahr && !g.year && NEEDS_CUE.has(g.month.split(/\s+/u)[0])) return null;
    const year = g.year ? Number(g.year) : ctx.reference ? nearestYear(ctx.reference, month) : null;
    const c = new Components(TAG);
    const base = {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE' as const,
      tag: TAG,
      relative: !g.year,
    };
    // no year and no reference: a Hijri month, its Gregorian days unknown (XXXX-XX)
    if (year === null) return { ...base, components: c, granularity: day ? 'day' : 'month' };
    if (day) {
      const greg = hijriToGregorian(year, month, day);
      if (!greg) return null;
      const p = parts(greg);
      c.assign('year', p.year).assign('month', p.month).assign('day', p.day);
      return { ...base, components: c, granularity: 'day' };
    }
    const range = hijriMonthRange(year, month);
    if (!range) return null;
    const p = parts(range.from);
    c.assign('year', p.year).assign('month', p.month);
    return { ...base, components: c, granularity: 'month', fixedRange: range };
  },
};
