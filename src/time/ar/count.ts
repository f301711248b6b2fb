/** «ثلاثة أيام», «10 سنوات», «يومين», «أسبوع»: a count of a calendar unit (named groups n, unit, dual). */
import { normalizeForMatch } from '../../text/normalize.js';
import { alternation, lookup, normalizeKeys } from './constants/index.js';
import { type CalendarUnit, UNIT_DUALS, UNIT_FORMS, UNIT_LETTER } from './constants/units.js';
import { NUMBER_ALT, parseNumber } from './numbers.js';

const FORMS = normalizeKeys(UNIT_FORMS);
const DUALS = normalizeKeys(UNIT_DUALS);
export const COUNT_EXPR = `(?:(?<n>${NUMBER_ALT})\\s+(?<unit>${alternation(FORMS.keys())})|(?<dual>${alternation(DUALS.keys())}))`;
/** A lone singular unit: «أسبوع», «عام» (one of it). */
const SINGULARS = ['دقيقة', 'ساعة', 'يوم', 'أسبوع', 'اسبوع', 'شهر', 'عام', 'سنة', 'عقد', 'قرن'].map(
  normalizeForMatch,
);
export const ONE_UNIT_EXPR = `(?<one>${alternation(SINGULARS)})`;

export interface Count {
  n: number;
  unit: CalendarUnit;
}

export function readCount(groups: Record<string, string | undefined>): Count | null {
  if (groups.dual) return { n: 2, unit: lookup(DUALS, groups.dual)! };
  if (groups.one) return { n: 1, unit: lookup(FORMS, groups.one)! };
  const n = groups.n ? parseNumber(groups.n) : null;
  const unit = groups.unit ? lookup(FORMS, groups.unit) : undefined;
  return n === null || unit === undefined || n <= 0 ? null : { n, unit };
}

/** TIMEX3 duration: P2D, P10Y, PT3H, P2DE, P1CE. */
export function durationValue({ n, unit }: Count): string {
  const letter = UNIT_LETTER[unit];
  return letter.startsWith('T') ? `PT${n}${letter.slice(1)}` : `P${n}${letter}`;
}
