/**
 * «ثلاثة أيام», «10 سنوات», «يومين», «أسبوع»: a count of a calendar unit (named groups n, unit, dual), and a
 * half or a quarter more: «عامين ونصف العام», «ثلاث سنوات ونصف», «ساعة وربع» (groups frac, oneFrac), the unit
 * said again after it or not. Digits may carry the article («عن عمر يناهز الـ69 عاما»: P69Y, not «عاما» alone).
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { alternation, lookup, normalizeKeys } from './constants/index.js';
import { type CalendarUnit, UNIT_DUALS, UNIT_FORMS, UNIT_LETTER } from './constants/units.js';
import { NUMBER_ALT, parseNumber } from './numbers.js';
import { ar } from './pattern.js';

const FORMS = normalizeKeys(UNIT_FORMS);
const DUALS = normalizeKeys(UNIT_DUALS);
/** A lone singular unit: «أسبوع», «عام» (one of it). */
const SINGULARS = ['دقيقة', 'ساعة', 'يوم', 'أسبوع', 'اسبوع', 'شهر', 'عام', 'سنة', 'عقد', 'قرن'].map(
  normalizeForMatch,
);
/** The part of a unit «و» adds after a count: «ونصف» a half, «وربع» a quarter. */
const FRACTIONS: Record<string, number> = {
  [normalizeForMatch('نصف')]: 0.5,
  [normalizeForMatch('ربع')]: 0.25,
};
/** A half or quarter more, the unit said again or not («ونصف», «ونصف العام», «ونصف سنة»), in group `name`. */
const fraction = (name: string) =>
  `(?:\\s+و(?<${name}>${alternation(Object.keys(FRACTIONS))})(?:\\s+(?:${ar('ال')})?(?:${alternation(SINGULARS)}))?(?![\\p{L}\\p{N}]))?`;
/** Looks ahead at a lone unit followed by its fraction («عام ونصف»), which makes it a length with no cue. */
export const FRACTION_AHEAD = `(?=\\p{L}+\\s+و(?:${alternation(Object.keys(FRACTIONS))})(?![\\p{L}]))`;

export const COUNT_EXPR = `(?:(?:(?:${ar('ال')}\\s*(?=\\d))?(?<n>${NUMBER_ALT})\\s+(?<unit>${alternation(FORMS.keys())})|(?<dual>${alternation(DUALS.keys())}))${fraction('frac')})`;
export const ONE_UNIT_EXPR = `(?:(?<one>${alternation(SINGULARS)})${fraction('oneFrac')})`;

export interface Count {
  n: number;
  unit: CalendarUnit;
}

export function readCount(groups: Record<string, string | undefined>): Count | null {
  const part = FRACTIONS[groups.frac ?? groups.oneFrac ?? ''] ?? 0;
  if (groups.dual) return { n: 2 + part, unit: lookup(DUALS, groups.dual)! };
  if (groups.one) return { n: 1 + part, unit: lookup(FORMS, groups.one)! };
  const n = groups.n ? parseNumber(groups.n) : null;
  const unit = groups.unit ? lookup(FORMS, groups.unit) : undefined;
  return n === null || unit === undefined || n <= 0 ? null : { n: n + part, unit };
}

/** Units a fractional count is told in when a date is counted from it: «عام ونصف» is 18 months. */
const FINER: Partial<Record<CalendarUnit, { unit: CalendarUnit; times: number }>> = {
  century: { unit: 'year', times: 100 },
  decade: { unit: 'month', times: 120 },
  year: { unit: 'month', times: 12 },
  month: { unit: 'day', times: 30 },
  week: { unit: 'day', times: 7 },
};

/** The count in whole units, a fraction told in a finer unit («عامين ونصف» 30 months), rounded at days. */
export function inWholeUnits(count: Count): Count {
  if (Number.isInteger(count.n)) return count;
  const finer = FINER[count.unit];
  if (!finer) return { n: Math.round(count.n), unit: count.unit };
  return inWholeUnits({ n: count.n * finer.times, unit: finer.unit });
}

/** TIMEX3 duration: P2D, P10Y, PT3H, P2DE, P1CE. */
export function durationValue({ n, unit }: Count): string {
  const letter = UNIT_LETTER[unit];
  return letter.startsWith('T') ? `PT${n}${letter.slice(1)}` : `P${n}${letter}`;
}
