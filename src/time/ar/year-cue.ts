/**
 * Whether a bare four-digit number is a year. Never when a counted noun follows it («1500 مقاتل»), a word of
 * amount precedes it («تصل إلى 1500», «نحو 2000», «القرار 2402», «ب2000») or a verb of amount two words
 * before it («بلغ عدد القتلى 2015»), unless it closes a range of years («من 2011 إلى 2015», «بين 1910 و
 * 1912»). A year of 1900–2100 needs no more; an older one needs a cue of its own: a bracket or a dash
 * («(1915)», «براون - 1840»), «في/منذ/حتى/خلال/قبل/بعد/عام», or an era («1887م»).
 */
import { alternation, normalizeKeys } from './constants/index.js';
import { AMOUNT_VERBS, COUNTED_NOUNS, QUANTITY_BEFORE } from './constants/quantity-words.js';
import { ar } from './pattern.js';

const keys = (words: readonly string[]) =>
  alternation(normalizeKeys(Object.fromEntries(words.map((w) => [w, 1]))).keys());

const COUNTED = new RegExp(ar(`^\\s*(?:${keys(COUNTED_NOUNS)})[اً]?(?![\\p{L}])`), 'u');
const QUANTITY = new RegExp(ar(`(?:^|[^\\p{L}])[وف]?(?:(?:${keys(QUANTITY_BEFORE)})\\s*|[بك])$`), 'u');
const AMOUNT = new RegExp(
  ar(`(?:^|[^\\p{L}])[وف]?(?:${keys(AMOUNT_VERBS)})(?:\\s+[^\\s\\d.،]+){0,2}\\s+$`),
  'u',
);
const RANGE_PARTNER = new RegExp(
  ar('(?<![\\d])(?:1[5-9]|20)\\d{2}\\s*[)]?\\s*(?:إلى|الى|حتى|و|-|–|/)\\s*$'),
  'u',
);
const OLD_YEAR_CUE = new RegExp(
  ar('(?:(?:^|[^\\p{L}])[وف]?(?:في|منذ|حتى|خلال|قبل|بعد|عام|العام|سنة)\\s*|[(\\-–/]\\s*)$'),
  'u',
);

export function isYearInContext(
  text: string,
  start: number,
  end: number,
  year: number,
  era: boolean,
): boolean {
  if (COUNTED.test(text.slice(end, end + 14))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (RANGE_PARTNER.test(before)) return true;
  if (QUANTITY.test(before) || AMOUNT.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (era || OLD_YEAR_CUE.test(before)) return true;
  return year >= 1900 && year <= 2100;
}
