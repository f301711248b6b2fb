/**
 * News-style romanization of one Arabic word (simplified ALA-LC without diacritics, never Buckwalter):
 * consonants by LETTERS; ا آ → a, إ → i; و and ي → w/y at the start of a word or next to ا, u/i elsewhere;
 * ة ى → a; ع → a inside a word (dropped before ا and at the end), hamza dropped; harakat read when written
 * (fatha a, kasra i, damma u, shadda doubles); Russian endings ـوف → -ov and ـ(ي)يف → -(i)ev on long words;
 * a word that would start with two consonants (other than a foreign onset such as st-, br-) or has no vowel
 * gets an a after its first consonant (حلب → Halab, شمخاني → Shamkhani). See docs/entities.md.
 */
const LETTERS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', پ: 'p', ڤ: 'v',
  گ: 'g', چ: 'ch', ژ: 'zh', ک: 'k', ی: 'i', ة: 'a', ى: 'a', ا: 'a', آ: 'a', أ: 'a', إ: 'i', ء: '', ئ: '', ؤ: 'u',
};
const HARAKAT: Record<string, string> = { '\u064E': 'a', '\u0650': 'i', '\u064F': 'u' };
const SHADDA = '\u0651';
const MARKS = /[\p{Mn}\u0640]/u;
const RUSSIAN_ENDING = /(?<stem>\p{L}{3,}?)(?<ending>ييف|يف|وف)$/u;
const ENDINGS: Record<string, string> = { ييف: 'iev', يف: 'ev', وف: 'ov' };
const LONG_WORD = 6;

function glide(letters: string[], i: number, consonant: string, vowel: string): string {
  const prev = letters[i - 1];
  const next = letters[i + 1];
  if (i === 0 || next === 'ا' || next === 'ة' || prev === 'ا') return consonant;
  return vowel;
}

function letterAt(letters: string[], i: number): string {
  const ch = letters[i];
  if (ch === 'و') return glide(letters, i, 'w', 'u');
  if (ch === 'ي') return glide(letters, i, i > 0 && !'اوي'.includes(letters[i - 1]) ? 'iy' : 'y', 'i');
  if (ch === 'ع') return i === letters.length - 1 || letters[i + 1] === 'ا' ? '' : 'a';
  return LETTERS[ch] ?? ch;
}

function spell(word: string): string {
  const letters: string[] = [];
  const marks: string[] = [];
  for (const ch of word) {
    if (MARKS.test(ch)) marks[letters.length - 1] = (marks[letters.length - 1] ?? '') + ch;
    else letters.push(ch);
  }
  let out = '';
  letters.forEach((_, i) => {
    const latin = letterAt(letters, i);
    const mark = marks[i] ?? '';
    out += mark.includes(SHADDA) ? latin + latin.slice(-1) : latin;
    for (const m of mark) out += HARAKAT[m] ?? '';
  });
  return out;
}

const CONSONANT = /^(?:sh|kh|gh|th|dh|ch|zh|[bcdfghjklmnpqrstvwxyz])/;
/** Onsets that foreign names bring (Stanislav, Brahimi, Pretoria): left as they are. */
const FOREIGN_ONSET = /^(?:[bcdfgkpt](?:r|l)|s[tpkmnlvw]|zh|sch)/;

/** Arabic words never begin with two consonants: an unwritten a after the first (شمخاني → Shamkhani). */
function addVowel(latin: string): string {
  const first = CONSONANT.exec(latin)?.[0];
  if (!first) return latin;
  const cluster = CONSONANT.test(latin.slice(first.length)) && !FOREIGN_ONSET.test(latin);
  return cluster || !/[aeiou]/.test(latin) ? `${first}a${latin.slice(first.length)}` : latin;
}

/** One word without its article: lower-case Latin letters. */
export function romanizeBare(word: string): string {
  const ending = [...word].length >= LONG_WORD ? RUSSIAN_ENDING.exec(word)?.groups : undefined;
  const latin = ending ? spell(ending.stem) + ENDINGS[ending.ending] : spell(word);
  return addVowel(latin.replace(/^'+|'+$/g, ''));
}
