/** Numbers in digits or words: «3», «ثلاثة», «خمسة وتسعين», «الحادي والعشرين». Digits are already ASCII. */
import { normalizeForMatch } from '../../text/normalize.js';
import { alternation, normalizeKeys } from './constants/index.js';
import { HUNDRED_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './constants/number-words.js';
import { ORDINAL_DAYS } from './constants/ordinal-days.js';

const UNITS = normalizeKeys(UNIT_WORDS);
const TEENS = normalizeKeys(TEEN_WORDS);
const TENS = normalizeKeys(TENS_WORDS);
const HUNDREDS = normalizeKeys(HUNDRED_WORDS);
export const ORDINALS = normalizeKeys(ORDINAL_DAYS);

const UNIT_ALT = alternation(UNITS.keys());
const TENS_ALT = alternation(TENS.keys());
/** A cardinal in words: teens, «خمسة وتسعين», tens, units, hundreds. */
export const NUMBER_WORDS_ALT = `(?:${alternation(TEENS.keys())}|(?:${UNIT_ALT})\\s+و(?:${TENS_ALT})|${TENS_ALT}|${UNIT_ALT}|${alternation(HUNDREDS.keys())})`;
export const NUMBER_ALT = `(?:\\d{1,4}(?:[.,]\\d+)?|${NUMBER_WORDS_ALT})`;
export const ORDINAL_ALT = alternation(ORDINALS.keys());

/** The value of a number matched by NUMBER_ALT, or null. */
export function parseNumber(raw: string): number | null {
  const text = normalizeForMatch(raw).trim().replace(/\s+/g, ' ');
  if (/^\d/.test(text)) return Number(text.replace(',', '.'));
  const single = TEENS.get(text) ?? TENS.get(text) ?? UNITS.get(text) ?? HUNDREDS.get(text);
  if (single !== undefined) return single;
  const compound = /^(?<unit>\S+) و(?<tens>\S+)$/u.exec(text);
  if (!compound?.groups) return null;
  const unit = UNITS.get(compound.groups.unit);
  const tens = TENS.get(compound.groups.tens);
  return unit !== undefined && tens !== undefined ? unit + tens : null;
}

/** A day of the month in digits or as an ordinal word. */
export function parseDay(raw: string): number | null {
  const text = normalizeForMatch(raw).trim().replace(/\s+/g, ' ');
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return ORDINALS.get(text) ?? null;
}
