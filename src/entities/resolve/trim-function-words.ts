/**
 * A mention's span cut back to its name when the tagger ran it over a function word after the name
 * (src/entities/propagate/constants.ts): «ميشال عون على حسابه» tagged «ميشال عون على», «محمد عبر» (via).
 * Only the last words of a span of two words or more; the words are compared as written, since the match key
 * joins a function word with a name (على and علي, أنا and آنا, أي and آي). A first word is never cut: أم
 * begins place names (أم قصر); nor a spelled acronym, all of whose words are letter names of three letters
 * or fewer (سي إن إن، سي آي أي، إي أس بي أن), nor the letter name that ends one after a name (الجوهرة أف أم،
 * X تي في: constants.ts LETTER_NAMES).
 */
import { FUNCTION_WORDS_WRITTEN } from '../propagate/constants.js';
import { LETTER_NAMES } from './constants.js';

const WORD = /[\p{L}\p{M}]+/gu;
const MARKS = /[\p{M}\u0640]/gu;

const isFunctionWord = (word: string): boolean => FUNCTION_WORDS_WRITTEN.has(word.replace(MARKS, ''));
/** A letter name after another letter name ends a spelled acronym (أف أم، تي في), however it reads alone. */
const endsAcronym = (before: string, word: string): boolean =>
  LETTER_NAMES.has(before.replace(MARKS, '')) && LETTER_NAMES.has(word.replace(MARKS, ''));
const LETTER_NAME_MAX = 3;
const isLetterName = (word: string): boolean => word.replace(MARKS, '').length <= LETTER_NAME_MAX;

/** The end of the span of `text` from `start` to `end` without function words after the name. */
export function trimFunctionWords(text: string, start: number, end: number): number {
  const words = [...text.slice(start, end).matchAll(WORD)];
  if (words.every((w) => isLetterName(w[0]))) return end;
  let last = words.length - 1;
  while (last > 0 && isFunctionWord(words[last][0]) && !endsAcronym(words[last - 1][0], words[last][0]))
    last--;
  if (last === words.length - 1) return end;
  return start + (words[last].index ?? 0) + words[last][0].length;
}
