/**
 * The dictionaries as match keys: every entry normalized the way the text is (src/text/normalize.ts), and
 * alternations for the parsers' regular expressions, longest first.
 */
import { normalizeForMatch } from '../../../text/normalize.js';
import { MONTHS_EGYPTIAN_GULF } from './months-egyptian-gulf.js';
import { MONTHS_HIJRI } from './months-hijri.js';
import { MONTHS_LEVANTINE } from './months-levantine.js';
import { MONTHS_MAGHREBI } from './months-maghrebi.js';
import { MONTHS_MOROCCAN } from './months-moroccan.js';

export function normalizeKeys<T>(dict: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(dict).map(([k, v]) => [normalizeForMatch(k.replace(/_/g, ' ')), v]));
}

/** A regex alternation of the keys (already normalized), longest first; spaces match any run of spaces. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Look a matched phrase up, with its inner spaces collapsed. */
export const lookup = <T>(map: Map<string, T>, phrase: string): T | undefined =>
  map.get(phrase.replace(/\s+/g, ' '));

/** The Gregorian month dictionaries by region, kept apart (see the parity test). */
export const GREGORIAN_REGIONS = {
  levantine: MONTHS_LEVANTINE,
  egyptianGulf: MONTHS_EGYPTIAN_GULF,
  maghrebi: MONTHS_MAGHREBI,
  moroccan: MONTHS_MOROCCAN,
} as const;

export const GREGORIAN_MONTHS = normalizeKeys(
  Object.assign({}, ...Object.values(GREGORIAN_REGIONS)) as Record<string, number>,
);
export const LEVANTINE_KEYS = new Set(normalizeKeys(MONTHS_LEVANTINE).keys());
export const HIJRI_MONTHS = normalizeKeys(MONTHS_HIJRI);
export const GREGORIAN_ALT = alternation(GREGORIAN_MONTHS.keys());
export const HIJRI_ALT = alternation(HIJRI_MONTHS.keys());

/** Month names that are also common words or names: taken alone only with a cue (شهر, في, a year, الماضي…). */
export const AMBIGUOUS_MONTHS = new Set(['مارس', 'ماي', 'اب', 'جوان', 'اوت'].map(normalizeForMatch));
