/**
 * Reverse transliteration: how Arabic news writes a Western name, as a list of units, each with the Arabic
 * letters it may be written with (folded as ./read-arabic-word.ts folds them: ڤ as ف, گ as غ …).
 * A consonant unit gives consonant letters ('' when the letter may be silent); a vowel unit gives vowel letters
 * with a weight (1: the usual spelling, less: a possible one, ≤ 0: left unwritten). The rules, by language of
 * the name (./latin-rules.ts has the letter tables):
 * - doubled letters are one (Terrence: one ر); sch, sh → ش; ch → تش/ش/ك (French ش, German and Dutch خ/ش/ك,
 *   Italian ك); th → ث/ت; ph, f, v → ف; ck, k, q → ك; dt → ت; tz → تس; x → كس; p → ب;
 * - c → س before e/i/y (Italian تش, German تس/س), else ك; g → غ/ج (j only ج); gh → غ/ف/silent; n + g before a consonant
 *   or at the end: the g may be unwritten;
 * - j → ج (German, Dutch, Scandinavian ي; Spanish خ/ه); w → و (German, Dutch ف); z → ز (German, Italian تس);
 *   s between vowels → س/ز; h before a vowel → ه or silent, else silent; French final t d s x z p silent;
 * - vowels: a → ا (unwritten, ي possible), e → ي (ا possible, often unwritten), i → ي, o → و (ا possible),
 *   u → و/ا, y → ي; ee ea ie ei ey ay ai → ي (اي possible), oo ou eau → و, au aw → و/او; a final e is silent in
 *   English and French (ي/ه possible), written ي/ه elsewhere; a final a → ا/ه;
 * - an initial vowel is written after an alef (Ischinger: أيشينغر; Angus: أنجوس).
 */
import { CONSONANTS, type Lang, VOWELS, type VowelPlace, type Weighted } from './latin-rules.js';

export type Unit = { kind: 'c'; options: string[] } | { kind: 'v'; options: Weighted[] };

const VOWEL = /[aeiouy]/;
/** The weight of an initial vowel written by the alef alone. */
const INITIAL_ALEF = 0.5;
/** A vowel letter; y before a vowel is a consonant, w after a vowel and before none is a vowel (Brown براون). */
const isVowelAt = (s: string, i: number): boolean =>
  (VOWEL.test(s[i] ?? '') && !(s[i] === 'y' && VOWEL.test(s[i + 1] ?? ''))) ||
  (s[i] === 'w' && i > 0 && VOWEL.test(s[i - 1]) && !VOWEL.test(s[i + 1] ?? ''));

/** A Latin name as lower-case letters a–z (ß ss, æ ae, ø å o, ñ ny, ç s, other diacritics dropped). */
export function foldLatin(name: string): string {
  const pre = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/[øå]/g, 'o')
    .replace(/ñ/g, 'ny')
    .replace(/ç/g, 's');
  return pre.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The longest vowel group read as one unit (ouai: 4 letters). */
const MAX_GROUP = 4;

/** The vowel group at `i` (all the vowels there) and its Arabic options; `first`: the name's first vowel group. */
function vowelUnit(s: string, i: number, lang: Lang, place: Omit<VowelPlace, 'final'>) {
  let n = 1;
  while (n < MAX_GROUP && i + n < s.length && isVowelAt(s, i + n)) n++;
  const options =
    VOWELS(s.slice(i, i + n), lang, { ...place, first: place.first && i > 0, final: i + n === s.length }) ??
    [];
  // an initial vowel is written after an alef (an unwritten one is the alef alone: Erik إريك)
  const opened =
    i === 0
      ? options.map(
          ([ar, w]): Weighted => (ar ? [ar.startsWith('ا') ? ar : `ا${ar}`, w] : ['ا', INITIAL_ALEF]),
        )
      : options;
  return { unit: { kind: 'v', options: opened } as Unit, length: n };
}

/** The units of one folded name read in one language. */
export function spellLatin(s: string, lang: Lang, accented = false): Unit[] {
  const units: Unit[] = [];
  let first = true;
  for (let i = 0; i < s.length; ) {
    if (isVowelAt(s, i)) {
      const { unit, length } = vowelUnit(s, i, lang, { first, accented });
      first = false;
      units.push(unit);
      i += length;
      continue;
    }
    const hit = CONSONANTS(s, i, lang);
    units.push(...hit.units);
    // a doubled letter is one (tt, ll, rr)
    let next = i + hit.length;
    while (next < s.length && s[next] === s[next - 1] && !isVowelAt(s, next)) next++;
    i = next;
  }
  return units;
}

const MAX_SKELETONS = 16;

/** Every consonant skeleton the units may be written with (at most MAX_SKELETONS). */
export function skeletons(units: Unit[]): string[] {
  let out = [''];
  for (const unit of units) {
    if (unit.kind === 'v') continue;
    out = out.flatMap((sk) => unit.options.map((c) => sk + c));
    out = [...new Set(out)].slice(0, MAX_SKELETONS);
  }
  return out;
}
