/**
 * Counts left vague: «منذ سنوات», «قبل أيام», «قبل عدة أشهر» (PAST_REF), «بعد سنوات» (FUTURE_REF), and
 * «عدة أيام», «بضعة أشهر», «بضع سنوات» (DURATION PXD, PXM, PXY, TimeML's unknown count).
 */
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { UNIT_LETTER, UNIT_PLURALS } from '../constants/units.js';
import { regex } from '../pattern.js';

const TAG = 'ar/vague-count';
const PLURALS = normalizeKeys(UNIT_PLURALS);
const FEW = '(?:عدة|بضعة|بضع)';

export const VAGUE_COUNT: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<dir>منذ|قبل|بعد)\\s+(?:${FEW}\\s+)?|(?<few>${FEW})\\s+)(?<plural>${alternation(PLURALS.keys())})${E}`,
  ),
  extract(m) {
    const g = m.groups!;
    const unit = lookup(PLURALS, g.plural)!;
    if (g.dir) {
      return resultOf(m, TAG, 'DATE', {
        value: g.dir === 'بعد' ? 'FUTURE_REF' : 'PAST_REF',
        relative: true,
      });
    }
    const letter = UNIT_LETTER[unit];
    const value = letter.startsWith('T') ? `PTX${letter.slice(1)}` : `PX${letter}`;
    return resultOf(m, TAG, 'DURATION', { value, relative: false });
  },
};
