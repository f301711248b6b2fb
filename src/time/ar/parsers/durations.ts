/**
 * Durations: «ثلاثة أيام» P3D, «يومين» P2D, «عشر سنوات» P10Y, «24 ساعة» PT24H, «لمدة أسبوع» P1W, and the
 * accusative «عاما», «يوما» (one of the unit, as TimeML annotates it; «يوما» alone is mostly «once»:
 * ../once.ts), and one more of a unit: «ساعة أخرى»,
 * «عام آخر» (the unit alone is the span; not after «في»: «في يوم آخر» is another day, no length), and a half or
 * quarter more: «عامين ونصف العام» P2.5Y, «ساعة وربع» PT1.25H (a lone unit with its fraction needs no cue).
 */
import { B, E, type Parser, resultOf } from '../../parser.js';
import { COUNT_EXPR, durationValue, FRACTION_AHEAD, ONE_UNIT_EXPR, readCount } from '../count.js';
import { readOnce } from '../once.js';
import { regex } from '../pattern.js';

const TAG = 'ar/duration';
const AFTER_CUE = '(?<=(?:لمدة|مدة|طوال|طيلة|خلال|على\\s+مدى|على\\s+مدار|استمر|تستمر|يستمر)\\s+)';
const ONE_MORE = '(?<!في\\s+)(?=\\p{L}+\\s+(?:أخرى|آخر|إضافية|إضافي)(?![\\p{L}]))';
const ACCUSATIVE = '(?<acc>يوما|عاما|شهرا|أسبوعا|قرنا|عقدا)';

export const DURATION: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:${COUNT_EXPR}|${ACCUSATIVE}|(?:${AFTER_CUE}|${ONE_MORE}|${FRACTION_AHEAD})${ONE_UNIT_EXPR})${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const count = g.acc ? readCount({ one: g.acc }) : readCount(g);
    if (!count) return null;
    const once = g.acc ? readOnce(ctx.text, m.index, m.index + m[0].length) : null;
    if (once) return { ...resultOf(m, TAG, 'DATE', { relative: false }), ...once };
    return resultOf(m, TAG, 'DURATION', {
      value: durationValue(count),
      relative: false,
    });
  },
};
