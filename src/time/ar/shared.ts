/** Pattern pieces and lookups shared by several parsers. */
import { alternation, lookup, normalizeKeys } from './constants/index.js';
import { DIRECTIONS } from './constants/units.js';
import { WEEKDAYS } from './constants/weekdays.js';

const WEEKDAY_KEYS = normalizeKeys(WEEKDAYS);
/** Weekdays with the article only: «أحد» alone is the number one. */
export const WEEKDAY_ALT = alternation([...WEEKDAY_KEYS.keys()].filter((k) => k.startsWith('ال')));
export const WEEKDAY_OF = (word: string): number => lookup(WEEKDAY_KEYS, word) ?? -1;

const DIRECTION_KEYS = normalizeKeys(DIRECTIONS);
export const DIRECTIONS_ALT = alternation(DIRECTION_KEYS.keys());
export const DIRECTION_OF = (word: string): -1 | 0 | 1 => lookup(DIRECTION_KEYS, word) ?? 0;

/** «، 2019», «عام 2019», «من العام 2019», «(1948)», «2019م»: named group `year`. */
export const YEAR_SUFFIX =
  '(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:عام|العام|سنة|لعام)\\s*)?\\(?\\s*(?<year>\\d{4})\\s*\\)?(?:\\s*(?:م|ميلادي|ميلادية)(?![\\p{L}]))?)';

/** «العام نفسه», «نفس العام», «ذات العام», «السنة ذاتها»: the year the text told last (../story-year.ts). */
export const SAME_YEAR =
  '(?:(?:العام|السنة|عام)\\s+(?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات)\\s+(?:العام|السنة))';

/**
 * «من العام الماضي», «العام الجاري», «هذا العام» after a date: named group `yearDir` (`yearThis` for this
 * year); «من العام نفسه»: `yearSame`.
 */
export const YEAR_DIRECTION = `(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:العام|السنة)\\s+(?<yearDir>${DIRECTIONS_ALT})|(?:هذا\\s+العام|هذه\\s+السنة)(?<yearThis>)|${SAME_YEAR}(?<yearSame>)))`;
