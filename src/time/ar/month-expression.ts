/**
 * A month as written: one name («ديسمبر»), or a pair of two regions' names for the same month
 * («كانون الأول/ديسمبر», «أيلول/ سبتمبر», «أكتوبر / تشرين الأول»). Halves that disagree are kept for the
 * month-pair refiner, which decides by the evidence and flags the pair.
 */
import { GREGORIAN_ALT, GREGORIAN_MONTHS, LEVANTINE_KEYS, lookup } from './constants/index.js';

/** Named groups `month` and `month2`. */
export const MONTH_EXPR = `(?<month>${GREGORIAN_ALT})(?:\\s*[/\\\\(-]\\s*(?<month2>${GREGORIAN_ALT})\\s*\\)?)?`;
/** The same without names, for patterns that hold two months. */
export const monthExpr = (suffix: string) =>
  `(?<month${suffix}>${GREGORIAN_ALT})(?:\\s*[/\\\\(-]\\s*(?<month2${suffix}>${GREGORIAN_ALT})\\s*\\)?)?`;

export interface MonthReading {
  month: number;
  /** Both halves when they disagree: the Levantine one and the other one. */
  disagreement?: { levantine: number; other: number };
}

export function readMonth(first: string | undefined, second: string | undefined): MonthReading | null {
  if (!first) return null;
  const a = lookup(GREGORIAN_MONTHS, first);
  if (a === undefined) return null;
  if (!second) return { month: a };
  const b = lookup(GREGORIAN_MONTHS, second);
  if (b === undefined || b === a) return { month: a };
  const firstIsLevantine = LEVANTINE_KEYS.has(first.replace(/\s+/g, ' '));
  const levantine = firstIsLevantine ? a : b;
  const other = firstIsLevantine ? b : a;
  return { month: other, disagreement: { levantine, other } };
}
