/**
 * Is a short form the acronym of a long name? (Schwartz & Hearst 2003, adapted to Arabic.)
 * - Arabic: the short form's letters are the initials of all the long name's words, in order, once the
 *   article, a conjunction و before it and the small words (في، من، و، عن، على) are dropped: قسد ← قوات سوريا
 *   الديمقراطية, داعش ← الدولة الإسلامية في العراق والشام; one more letter may come from inside the last
 *   word (حماس ← حركة المقاومة الإسلامية). No word skipped: looser rules (Schwartz & Hearst's subsequence)
 *   matched common words by chance on news text (منال ← المجلس النيابي اللبناني).
 * - Latin: the capitals (dots dropped) are the initials of the English name's words without of/the/and/for
 *   (OPCW ← Organisation for the Prohibition of Chemical Weapons), or the English name itself (NATO).
 */
import { dropArticle, matchWords } from './name-key.js';

const SMALL_WORDS = new Set(['في', 'من', 'و', 'عن', 'على', 'الى', 'ل']);
const ENGLISH_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an']);
const LATIN_ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,8}\.?$/u;
const MIN_ARABIC = 2;
const MAX_ARABIC = 6;
/** Shorter words are letters spelled out (سي إن إن) or particles, not words of a name. */
const MIN_WORD = 3;

/** Content words of a long Arabic name: article, و before the article and small words dropped. */
export function contentWords(name: string): string[] {
  return matchWords(name)
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => dropArticle(w.replace(/^و(?=ال\p{L}{2})/u, '')));
}

/**
 * The letters are the initials of every content word in order, plus at most one letter from inside the last
 * word after its initial (حماس: ح م ا, then س of اسلاميه).
 */
function spellsInitials(s: string, words: string[]): boolean {
  const initials = words.map((w) => w[0]).join('');
  if (s === initials) return true;
  const last = words.at(-1) ?? '';
  return s.length === initials.length + 1 && s.startsWith(initials) && last.indexOf(s[s.length - 1], 1) > 0;
}

/** The one Arabic word of a short form (2–6 letters) spells the initials of a long name of Arabic words. */
export function isArabicAcronymOfWords(short: string, words: string[]): boolean {
  if (words.length < 2 || words.some((w) => w.length < MIN_WORD)) return false;
  const letters = matchWords(short);
  if (letters.length !== 1) return false;
  const s = letters[0];
  if (s.length < MIN_ARABIC || s.length > MAX_ARABIC || !/^\p{Script=Arabic}+$/u.test(s)) return false;
  return !words.includes(s) && spellsInitials(s, words);
}

export function isArabicAcronym(short: string, long: string): boolean {
  return isArabicAcronymOfWords(short, contentWords(long));
}

/** A Latin acronym (FBI, O.P.C.W.) that spells the initials of the English name, or is that name. */
export function isLatinAcronym(short: string, english: string): boolean {
  const text = short.trim();
  if (!LATIN_ACRONYM.test(text)) return false;
  const letters = text.replace(/\./g, '');
  if (english.replace(/[^\p{L}]/gu, '').toUpperCase() === letters) return true;
  const words = english.split(/[\s-]+/u).filter((w) => /\p{L}/u.test(w));
  const initials = (list: string[]) => list.map((w) => w[0].toUpperCase()).join('');
  return (
    initials(words.filter((w) => !ENGLISH_SMALL_WORDS.has(w.toLowerCase()))) === letters ||
    initials(words) === letters
  );
}
