/**
 * A light stemmer on match keys, after Larkey, Ballesteros & Connell's Light10 (SIGIR 2002): the proclitics
 * of ./clitics.ts, then at most one suffix from a list of dual, plural, feminine and pronoun endings, never
 * leaving fewer than three letters (Light10 allows two), so «بيان» keeps its ن. docs/normalization.md
 * compares it with the Snowball Arabic stemmer. Use it for search and loose lookup, not for display.
 */

import { NON_CLITIC_WORDS } from './clitic-exceptions.js';
import { stripClitics } from './clitics.js';

/** Longest first: «تين» before «ين», «هما» before «ها». Keys are normalized (ة is ه). */
const SUFFIXES = [
  'تين',
  'تان',
  'هما',
  'كما',
  'ات',
  'ون',
  'ين',
  'ان',
  'يه',
  'هم',
  'هن',
  'كم',
  'نا',
  'ها',
  'ه',
  'ي',
  'ا',
];
const MIN_STEM = 3;

export function lightStem(norm: string): string {
  const stem = stripClitics(norm);
  if (NON_CLITIC_WORDS.has(stem)) return stem;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM)
      return stem.slice(0, -suffix.length);
  }
  return stem;
}
