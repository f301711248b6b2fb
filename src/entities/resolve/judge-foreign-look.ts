/**
 * Whether a word of a name looks foreign by its spelling alone (no lexicon entry, no Slavic ending, no letter
 * Arabic lacks): Arabic writes the vowels of a foreign name with its long-vowel letters, nearly one a
 * syllable (فلورانس بارلي, سيدريك ليتون, رولان), where an Arabic word leaves its short vowels unwritten and so
 * opens on two consonant letters (سليمان، خليفة، محمد) or runs three of them together (قرقاش، شكري).
 * A word looks foreign when, read with و and ي as consonants at the start and after ا:
 * - it has four letters or more and two vowel letters or more;
 * - it opens on one consonant, or on two that make a foreign onset (br, fl, kr, st …: كريستيان، فلورانس);
 * - no three consonants stand together inside it;
 * - it has no Arabic ending: ـي، ـوي، ـية، ـة، ـه (نوري، عيساوي: nisbas and feminines, also in Arabic
 *   names of the same shape), no article, and none of the letters that transliterations of European names
 *   do without (ع ح ص ض ط ظ ق: فاعور، رياض، توفيق).
 * The name is read as foreign (romanize.ts) when a word looks foreign and no word is an Arabic given name,
 * a particle (بن، أبو، عبد) or has the article.
 */
import { normalizeForMatch } from '../../text/normalize.js';

const ALEF = /[اأإآ]/u;
/**
 * First letter (stop, fricative) + ر/ل, or س + a stop or nasal: onsets that foreign names bring. Not د + ر:
 * the Arabic درويش opens so, and few foreign names do.
 */
const ONSET_FIRST = new Set([...'بتكغجفپڤگ']);
const ONSET_SECOND = new Set([...'رل']);
const S_ONSET_SECOND = new Set([...'تكبمنل']);
const ARABIC_ENDING = /(?:ي|وي|يه|ه|ة|ى)$/u;
/** Letters that transliterations of European names do not use (ع ح ص ض ط ظ ق): an Arabic word. ث ذ write th. */
const ARABIC_LETTERS = /[عحصضطظق]/u;
const MIN_LETTERS = 4;
const MIN_VOWELS = 2;
const MAX_INNER_RUN = 2;

/** Whether each letter is a vowel letter: ا always, و ي unless first or after ا (كايتانو: y; كريستيان: ia). */
function vowelLetters(letters: string[]): boolean[] {
  return letters.map((ch, i) => {
    if (ALEF.test(ch)) return true;
    if (ch !== 'و' && ch !== 'ي') return false;
    return i > 0 && !ALEF.test(letters[i - 1]);
  });
}

/** Lengths of the runs of consonant letters, in order (the first may be 0 when the word opens on a vowel). */
function consonantRuns(vowels: boolean[]): number[] {
  const runs = [0];
  for (const vowel of vowels) {
    if (vowel) runs.push(0);
    else runs[runs.length - 1]++;
  }
  return runs;
}

const isForeignOnset = (a: string, b: string) =>
  (ONSET_FIRST.has(a) && ONSET_SECOND.has(b)) || (a === 'س' && S_ONSET_SECOND.has(b));

/** Whether the word (as written, one word) looks foreign (see the module comment). */
export function looksForeign(word: string): boolean {
  const plain = normalizeForMatch(word);
  const letters = [...word.replace(/[\p{M}\u0640]/gu, '')];
  if (letters.length < MIN_LETTERS || plain.startsWith('ال') || ARABIC_ENDING.test(word)) return false;
  if (ARABIC_LETTERS.test(word)) return false;
  const vowels = vowelLetters(letters);
  if (vowels.filter(Boolean).length < MIN_VOWELS) return false;
  const runs = consonantRuns(vowels);
  const opening = runs[0] <= 1 || (runs[0] === 2 && isForeignOnset(letters[0], letters[1]));
  const inner = runs.slice(1, -1).every((n) => n <= MAX_INNER_RUN);
  return opening && inner && (runs.at(-1) ?? 0) <= MAX_INNER_RUN;
}
