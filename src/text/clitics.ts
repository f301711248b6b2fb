/**
 * Light clitic stripping on a normalized key, for matching and lookup (not a full morphological analysis).
 * Proclitics: conjunction و ف, preposition ب ل ك, the article ال (ل + ال is written لل). Pronoun suffixes:
 * ه ها هم هما هن ك كم كما كن نا ي. The article is a safe cue and is stripped when two letters remain;
 * a bare preposition (or conjunction + preposition, or ف) only when four letters remain, a bare و when three
 * remain, and never from a known word that
 * starts with that letter (./clitic-exceptions.ts), so «وزاره» and «بوتين» keep their first letter.
 * The future marker س is never stripped (it would cut «سوريا»). Character tests, no regex: this runs on
 * every token.
 */
import { NON_CLITIC_WORDS } from './clitic-exceptions.js';

const [WAW, FEH, BEH, LAM, KAF, ALEF] = [0x648, 0x641, 0x628, 0x644, 0x643, 0x627];
const SUFFIX = /(?:هما|كما|هم|هن|كم|كن|نا|ها|ه|ك|ي)$/u;
const MIN_AFTER_ARTICLE = 2;
const MIN_AFTER_BARE = 4;
/** The conjunction و alone is the commonest clitic (وقال، وأكد، ووقف): three letters may remain. */
const MIN_AFTER_WAW = 3;
const MIN_STEM = 3;

const isConjunction = (c: number) => c === WAW || c === FEH;

/** Length of a proclitic group that ends in the article (وال، بال، فبال، لل، ولل …), or 0. */
function articlePrefix(norm: string): number {
  const conj = isConjunction(norm.charCodeAt(0)) ? 1 : 0;
  const prep = norm.charCodeAt(conj) === BEH || norm.charCodeAt(conj) === KAF ? 1 : 0;
  const at = conj + prep;
  if (norm.charCodeAt(at) === ALEF && norm.charCodeAt(at + 1) === LAM) return at + 2;
  if (norm.charCodeAt(conj) === LAM && norm.charCodeAt(conj + 1) === LAM) return conj + 2;
  return 0;
}

/** Length of a bare proclitic group without the article (وب، فل، ب، ل، ك، و، ف), or 0. */
function barePrefix(norm: string): number {
  const c0 = norm.charCodeAt(0);
  const c1 = norm.charCodeAt(1);
  const isPrep = (c: number) => c === BEH || c === LAM || c === KAF;
  if (isConjunction(c0)) return isPrep(c1) ? 2 : 1;
  return isPrep(c0) ? 1 : 0;
}

/** The proclitics removed from a match key; the word itself when none can be told apart safely. */
export function stripClitics(norm: string): string {
  if (norm.length < 4) return norm;
  const c0 = norm.charCodeAt(0);
  if (!isConjunction(c0) && c0 !== BEH && c0 !== LAM && c0 !== KAF && c0 !== ALEF) return norm;
  if (NON_CLITIC_WORDS.has(norm)) return norm;
  const article = articlePrefix(norm);
  if (article > 0 && norm.length - article >= MIN_AFTER_ARTICLE) return norm.slice(article);
  const bare = barePrefix(norm);
  const min = bare === 1 && c0 === WAW ? MIN_AFTER_WAW : MIN_AFTER_BARE;
  if (bare === 0 || norm.length - bare < min) return norm;
  const rest = norm.slice(bare);
  // «وبوتين»: when the letter after the conjunction starts a known word, only the conjunction goes.
  return bare === 2 && !NON_CLITIC_WORDS.has(rest) && NON_CLITIC_WORDS.has(norm.slice(1))
    ? norm.slice(1)
    : rest;
}

/** A pronoun suffix removed, never below three letters. Ambiguous with ه from ة: use for lookup fallbacks. */
export function stripSuffix(stem: string): string {
  const suf = SUFFIX.exec(stem)?.[0] ?? '';
  return suf && stem.length - suf.length >= MIN_STEM ? stem.slice(0, -suf.length) : stem;
}
