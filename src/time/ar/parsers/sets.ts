/**
 * Sets: «سنويا» P1Y, «يوميا» P1D, «أسبوعيا» P1W, «كل أسبوع» P1W, «كل عامين» P2Y, and a part of each unit:
 * «كل نهاية شهر» P1M with the mod END («نهاية كل شهر» takes it in ../refiners/apply-mods.ts).
 */
import { B, E, type Parser } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { MODS, SET_ADVERBS } from '../constants/units.js';
import { COUNT_EXPR, durationValue, ONE_UNIT_EXPR, readCount } from '../count.js';
import { regex } from '../pattern.js';

const TAG = 'ar/set';
const ADVERBS = normalizeKeys(SET_ADVERBS);
const PARTS = normalizeKeys(
  Object.fromEntries(Object.entries(MODS).filter(([, m]) => m !== 'APPROX' && !m.endsWith('THAN'))),
);

export const SET: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<adverb>${alternation(ADVERBS.keys())})|كل\\s+(?:(?<part>${alternation(PARTS.keys())})\\s+)?(?:${COUNT_EXPR}|${ONE_UNIT_EXPR}))${E}`,
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
    const mod = g.part ? lookup(PARTS, g.part) : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'SET',
      tag: TAG,
      value,
      relative: false,
      ...(mod ? { mod } : {}),
    };
  },
};
