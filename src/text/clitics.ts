/**
 * Light clitic stripping on a normalized key, for matching and lookup (not a full morphological analysis).
 * Proclitics: conjunction و ف, preposition ب ل ك, the article ال (ل + ال is written لل). Pronoun suffixes:
 * ه ها هم هما هن ك كم كما كن نا ي. The article is a safe cue and is stripped when two letters remain;
 * a bare conjunction or preposition only when four letters remain and the word is not a known word that
 * starts with that letter (./clitic-exceptions.ts), so «وزاره» and «بوتين» keep their first letter.
 * The future marker س is never stripped (it would cut «سوريا»).
 */
import { NON_CLITIC_WORDS } from './clitic-exceptions.js';

const WITH_ARTICLE = /^(?<pre>(?:[وف]?[بك]?ال)|(?:[وف]?لل))(?<rest>.+)$/u;
const BARE = /^(?<pre>[وف]?[بلك]|[وف])(?<rest>.+)$/u;
const SUFFIX = /(?:هما|كما|هم|هن|كم|كن|نا|ها|ه|ك|ي)$/u;
/** Letters a proclitic can start with: و ف ب ل ك and the alef of ال. */
const CLITIC_FIRST = new Set([...'وفبلكا'].map((c) => c.charCodeAt(0)));
const MIN_AFTER_ARTICLE = 2;
const MIN_AFTER_BARE = 4;
const MIN_STEM = 3;

/** The proclitics removed from a match key; the word itself when none can be told apart safely. */
export function stripClitics(norm: string): string {
  if (norm.length < 4 || !CLITIC_FIRST.has(norm.charCodeAt(0)) || NON_CLITIC_WORDS.has(norm)) return norm;
  const article = WITH_ARTICLE.exec(norm)?.groups;
  if (article && article.rest.length >= MIN_AFTER_ARTICLE) return article.rest;
  const bare = BARE.exec(norm)?.groups;
  if (!bare || bare.rest.length < MIN_AFTER_BARE) return norm;
  if (NON_CLITIC_WORDS.has(bare.rest) || !NON_CLITIC_WORDS.has(norm.slice(1))) return bare.rest;
  return norm.slice(1);
}

/** A pronoun suffix removed, never below three letters. Ambiguous with ه from ة: use for lookup fallbacks. */
export function stripSuffix(stem: string): string {
  const suf = SUFFIX.exec(stem)?.[0] ?? '';
  return suf && stem.length - suf.length >= MIN_STEM ? stem.slice(0, -suf.length) : stem;
}
