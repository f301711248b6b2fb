/**
 * Counts left vague: «منذ سنوات», «قبل أيام», «قبل عدة أشهر» (PAST_REF), «سيعود بعد أيام» (FUTURE_REF), and
 * «عدة أيام», «بضعة أشهر», «بضع سنوات» (DURATION PXD, PXM, PXY, TimeML's unknown count). «بعد» counts from
 * now only in the future; «بعد أشهر من المعارك», «قبل أيام من الانتخابات», «وبعد سنوات قررت» count from an
 * event: a DURATION without the preposition.
 */
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { UNIT_LETTER, UNIT_PLURALS } from '../constants/units.js';
import { ar, regex } from '../pattern.js';
import { tenseAt } from '../tense.js';

const TAG = 'ar/vague-count';
const PLURALS = normalizeKeys(UNIT_PLURALS);
const FEW = '(?:عدة|بضعة|بضع)';
/** «من», «على» after the count: counted from an event named after it. */
const FROM_EVENT = new RegExp(ar('^\\s*(?:من|على|عن)(?!\\p{L})'), 'u');

export const VAGUE_COUNT: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<dir>منذ|قبل|بعد)\\s+)?(?<count>(?:(?<few>${FEW})\\s+)?(?<plural>${alternation(PLURALS.keys())}))${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.dir && !g.few) return null;
    const unit = lookup(PLURALS, g.plural)!;
    const letter = UNIT_LETTER[unit];
    const value = letter.startsWith('T') ? `PTX${letter.slice(1)}` : `PX${letter}`;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const fromEvent = g.dir !== 'منذ' && FROM_EVENT.test(after);
    const fromNow = !fromEvent && (g.dir !== 'بعد' || tenseAt(ctx.text, m.index) === 'future');
    if (g.dir && fromNow)
      return resultOf(m, TAG, 'DATE', { value: g.dir === 'بعد' ? 'FUTURE_REF' : 'PAST_REF', relative: true });
    const r = resultOf(m, TAG, 'DURATION', { value, relative: false });
    r.start = m.index + m[0].length - g.count.length;
    return r;
  },
};
