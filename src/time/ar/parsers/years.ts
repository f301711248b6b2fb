/**
 * Years: «عام 2017», «العام (1948)», «سنة 1935 م», «عام 1325 هجري» (converted: its first Gregorian year, the
 * range covering the whole Hijri year), and a bare «2019» when its context makes it a year (../year-cue.ts); a span of
 * years written as one token, a fiscal year or a season: «2018-2019», «2017/2018», «2017/18» (the first year, the
 * range to the last).
 */
import { Components } from '../../components.js';
import { hijriMonthRange } from '../../hijri.js';
import { B, E, type ParsedResult, type Parser } from '../../parser.js';
import { regex } from '../pattern.js';
import { isYearInContext } from '../year-cue.js';

const TAG = 'ar/year';
const HIJRI_ERA = '(?:هـ|ه|هجري|هجرية|للهجرة)';

function yearResult(start: number, end: number, year: number, hijri: boolean): ParsedResult | null {
  const c = new Components(TAG);
  if (!hijri) {
    c.assign('year', year);
    return { start, end, type: 'DATE', tag: TAG, components: c, granularity: 'year', relative: false };
  }
  const first = hijriMonthRange(year, 1);
  const last = hijriMonthRange(year, 12);
  if (!first || !last) return null;
  c.assign('year', Number(first.from.slice(0, 4)));
  return {
    start,
    end,
    type: 'DATE',
    tag: 'ar/hijri',
    components: c,
    granularity: 'year',
    relative: false,
    fixedRange: { from: first.from, to: last.to },
  };
}

export const YEAR: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:عام|العام|سنة|السنة|لعام|للعام|عامي)\\s*\\(?\\s*(?<year>\\d{3,4})\\s*\\)?(?:\\s*(?<era>${HIJRI_ERA}|م|ميلادي|ميلادية)${E})?`,
  ),
  extract(m) {
    const g = m.groups!;
    const hijri = g.era !== undefined && /^(?:ه|هجري|هجريه|لالهجره)$/u.test(g.era);
    return yearResult(m.index, m.index + m[0].length, Number(g.year), hijri);
  },
};

/** A Hijri year by its era alone: «1348هجري», «( 1343 ) هجري», «1400 هـ». */
export const HIJRI_YEAR: Parser = {
  tag: TAG,
  pattern: regex(`${B}(?:\\(\\s*)?(?<year>1[2-4]\\d{2})(?:\\s*\\))?\\s*(?:${HIJRI_ERA})${E}`),
  extract(m) {
    return yearResult(m.index, m.index + m[0].length, Number(m.groups!.year), true);
  },
};

export const BARE_YEAR: Parser = {
  tag: TAG,
  pattern: regex(`${B}(?<year>1[5-9]\\d{2}|20\\d{2})(?:\\s*(?<era>${HIJRI_ERA}|م)${E})?(?![\\d.,/:-]?\\d)`),
  extract(m, ctx) {
    const g = m.groups!;
    const year = Number(g.year);
    if (/[\d.,:]$/u.test(ctx.text.slice(Math.max(0, m.index - 1), m.index))) return null;
    const hijri = g.era !== undefined && g.era !== 'م';
    if (!hijri && year > 2100) return null;
    if (!isYearInContext(ctx.text, m.index, m.index + m[0].length, year, g.era !== undefined)) return null;
    return yearResult(m.index, m.index + m[0].length, year, hijri);
  },
};

/** Two digits close a span only as the next year («2017/18»); four, as any later year of 2100 or before. */
function spanEnd(from: number, to: string): number | null {
  if (to.length === 2) {
    const next = from - (from % 100) + Number(to);
    return next === from + 1 ? next : null;
  }
  const year = Number(to);
  return year > from && year <= 2100 ? year : null;
}

export const YEAR_SPAN: Parser = {
  tag: TAG,
  pattern: regex(`${B}(?<from>1[5-9]\\d{2}|20\\d{2})\\s*[-–/]\\s*(?<to>\\d{4}|\\d{2})(?![\\d.,/:-]?\\d)`),
  extract(m, ctx) {
    const g = m.groups!;
    const from = Number(g.from);
    const to = spanEnd(from, g.to);
    const end = m.index + m[0].length;
    if (to === null || /[\d.,:/-]$/u.test(ctx.text.slice(Math.max(0, m.index - 1), m.index))) return null;
    if (!isYearInContext(ctx.text, m.index, end, from, false)) return null;
    const r = yearResult(m.index, end, from, false)!;
    const last = new Components(TAG);
    last.assign('year', to);
    return { ...r, rangeEnd: last };
  },
};
