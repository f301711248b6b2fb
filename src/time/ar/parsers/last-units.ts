/**
 * A counted stretch up to or from the reference: «الأيام الخمسة الماضية» P5D, «الأشهر الستة الأخيرة» P6M,
 * «السنوات العشر المقبلة» P10Y, «الـ 24 ساعة الماضية» PT24H (TimeML: a DURATION).
 */
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { UNIT_LETTER, UNIT_PLURALS } from '../constants/units.js';
import { NUMBER_WORDS_ALT, parseNumber } from '../numbers.js';
import { regex } from '../pattern.js';

const TAG = 'ar/last-units';
const PLURALS = normalizeKeys(UNIT_PLURALS);
const PLURAL_ALT = alternation(PLURALS.keys());
const DIRECTION = '(?:الماضية|الأخيرة|المنصرمة|الفائتة|السابقة|المقبلة|القادمة)';
const NUMBER = `(?:ال(?<word>${NUMBER_WORDS_ALT})|ال\\s*(?<digits>\\d{1,3}))`;

export const LAST_UNITS: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:ال(?<plural>${PLURAL_ALT})\\s+${NUMBER}|${NUMBER.replace(/<(word|digits)>/gu, '<$1Before>')}\\s+(?<pluralAfter>${PLURAL_ALT}|ساعة|يوما|عاما|شهرا))\\s+${DIRECTION}${E}`,
  ),
  extract(m) {
    const g = m.groups!;
    const n = parseNumber(g.word ?? g.digits ?? g.wordBefore ?? g.digitsBefore ?? '');
    const unit = lookup(PLURALS, g.plural ?? g.pluralAfter) ?? lookup(SINGULAR_AFTER, g.pluralAfter);
    if (!n || !unit) return null;
    const letter = UNIT_LETTER[unit];
    const value = letter.startsWith('T') ? `PT${n}${letter.slice(1)}` : `P${n}${letter}`;
    return resultOf(m, TAG, 'DURATION', { value, relative: false });
  },
};

const SINGULAR_AFTER = normalizeKeys({ ساعة: 'hour', يوما: 'day', عاما: 'year', شهرا: 'month' } as const);
