/** Sets: «سنويا» P1Y, «يوميا» P1D, «أسبوعيا» P1W, «كل أسبوع» P1W, «كل عامين» P2Y. */
import { B, E, type Parser } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { SET_ADVERBS } from '../constants/units.js';
import { COUNT_EXPR, durationValue, ONE_UNIT_EXPR, readCount } from '../count.js';
import { regex } from '../pattern.js';

const TAG = 'ar/set';
const ADVERBS = normalizeKeys(SET_ADVERBS);

export const SET: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<adverb>${alternation(ADVERBS.keys())})|كل\\s+(?:${COUNT_EXPR}|${ONE_UNIT_EXPR}))${E}`,
  ),
  extract(m) {
    const g = m.groups!;
    const value = g.adverb
      ? lookup(ADVERBS, g.adverb)
      : (() => {
          const c = readCount(g);
          return c ? durationValue(c) : undefined;
        })();
    if (!value) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'SET', tag: TAG, value, relative: false };
  },
};
