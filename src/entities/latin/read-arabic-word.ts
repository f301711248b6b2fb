/**
 * An Arabic word as the reverse transliteration compares it (./spell-latin-name.ts writes Latin names the same
 * way): hamza seats and alef forms normalized (أ إ آ → ا, ؤ → و, ئ ى → ي, ة → ه, ء dropped), the letters that
 * transliterate one foreign sound folded (گ → غ, ڤ → ف, پ → ب, ط → ت, چ → تش), a doubled consonant
 * written once, a final ه a vowel letter. Vowel letters (ا و ي and that ه) carry the vowels; the other letters
 * are the consonant skeleton, the blocking key. A word with a letter that transliterations of Western names do
 * without (ع ح ص ض ظ ق) or a non-Arabic letter is no Western name: null.
 */

export interface ArabicReading {
  /** The folded letters, vowel letters included (final ه written H). */
  letters: string;
  /** The consonant letters alone: the index key. */
  skeleton: string;
}

const NORMAL: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ة: 'ه',
  ء: '',
  گ: 'غ',
  ڤ: 'ف',
  پ: 'ب',
  ط: 'ت',
  چ: 'تش',
  ک: 'ك',
  ی: 'ي',
};
/** Letters a Western name in Arabic script is never written with. */
const ARABIC_ONLY = /[عحصضظق]/u;
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'H']);
/** A final ه after a letter is a vowel (جوزيه, هيله): written H. */
export const FINAL_HA = 'H';

/** Folded letters of a written Arabic word (letters only; marks and tatweel dropped). */
export function foldArabic(word: string): string | null {
  const bare = word.replace(/[\p{M}\u0640]/gu, '');
  if (!/^\p{Script=Arabic}+$/u.test(bare) || ARABIC_ONLY.test(bare)) return null;
  let out = '';
  for (const ch of bare) {
    const letter = NORMAL[ch] ?? ch;
    // a doubled consonant (shadda written as two letters) once
    if (letter && letter === out.at(-1) && !VOWEL_LETTERS.has(letter)) continue;
    out += letter;
  }
  return out.length > 1 && out.endsWith('ه') ? `${out.slice(0, -1)}${FINAL_HA}` : out;
}

/** The consonant skeleton of folded letters. */
export const skeletonOf = (letters: string): string =>
  [...letters].filter((ch) => !VOWEL_LETTERS.has(ch)).join('');

/** The reading of one Arabic word, or null when it cannot be a Western name in Arabic script. */
export function readArabicWord(word: string): ArabicReading | null {
  const letters = foldArabic(word);
  return letters ? { letters, skeleton: skeletonOf(letters) } : null;
}
