/**
 * Letter by letter: the Latin letters of an Arabic word as news spells them (simplified ALA-LC, never
 * Buckwalter), with the letters that depend on their neighbours (و and ي as consonant or vowel, ع, final اء),
 * written harakat and shadda, and the foreign and Slavic cues (غ → g, ف → v). The word-level rules around it
 * (shapes, endings, onsets, clusters) are in ./romanize-word.ts.
 */
const LETTERS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'p',
  ڤ: 'v',
  گ: 'g',
  چ: 'ch',
  ژ: 'zh',
  ک: 'k',
  ی: 'i',
  ة: 'a',
  ى: 'a',
  ا: 'a',
  آ: 'a',
  أ: 'a',
  إ: 'i',
  ء: '',
  ئ: '',
  ؤ: 'u',
};
const HARAKAT: Record<string, string> = { '\u064E': 'a', '\u0650': 'i', '\u064F': 'u' };
const SHADDA = '\u0651';
export const MARKS = /[\p{Mn}\u0640]/u;
function glide(letters: string[], i: number, consonant: string, vowel: string): string {
  const prev = letters[i - 1];
  const next = letters[i + 1];
  if (i === 0 || next === 'ا' || next === 'ة' || prev === 'ا') return consonant;
  return vowel;
}

export interface Cues {
  foreign: boolean;
  slavic: boolean;
}

/**
 * و inside a foreign word is o (ماكرون → makron); a final one is u in a Slavic name (شويغو → shoigu); a
 * doubled و is w + oo (وودوارد → woodward, هوليوود → holiwood).
 */
function foreignWaw(letters: string[], i: number, cues: Cues): string {
  if (cues.foreign && letters[i + 1] === 'و') return 'w';
  if (cues.foreign && letters[i - 1] === 'و' && i > 0) return 'oo';
  const vowel = glide(letters, i, 'w', 'u');
  if (vowel === 'w' || !cues.foreign) return vowel;
  return i === letters.length - 1 && cues.slavic ? 'u' : 'o';
}

/**
 * ي in a foreign word: a doubled one is ie (دييغو → diego, غابرييل → gabriel, بيير → pier); before a final
 * ه it is e and the ه silent (جوزيه → joze, أندريه → andre); between a consonant and ا it is i, not iy
 * (كريستيان → kristian, داميان → damian, ناتاليا → natalia).
 */
function foreignYa(letters: string[], i: number): string | null {
  if (letters[i - 1] === 'ي' && i > 1) return 'e';
  if (letters[i + 1] === 'ه' && i + 2 === letters.length && i > 0) return 'e';
  if (i > 0 && letters[i + 1] === 'ا' && !'اوي'.includes(letters[i - 1])) return 'i';
  return null;
}

const finalHaAfterYa = (letters: string[], i: number) =>
  letters[i] === 'ه' && i === letters.length - 1 && letters[i - 1] === 'ي' && i > 1;

/** The و of a nisba in -وي after a consonant (صفوي، الموسوي): -awi. */
export const isNisbaWaw = (letters: string[], i: number) =>
  i > 1 && i === letters.length - 2 && letters[i + 1] === 'ي' && !'اوي'.includes(letters[i - 1]);

const SLAVIC_LETTERS: Record<string, string> = { ف: 'v', ج: 'g' };

const glideYa = (letters: string[], i: number) =>
  glide(letters, i, i > 0 && !'اوي'.includes(letters[i - 1]) ? 'iy' : 'y', 'i');

function letterAt(letters: string[], i: number, cues: Cues): string {
  const ch = letters[i];
  if (cues.slavic && SLAVIC_LETTERS[ch]) return SLAVIC_LETTERS[ch];
  if (ch === 'و' && !cues.foreign && isNisbaWaw(letters, i)) return 'aw';
  if (ch === 'و') return foreignWaw(letters, i, cues);
  if (ch === 'ي' && letters[i - 1] === 'إ') return '';
  if (cues.foreign && ch === 'ي') return foreignYa(letters, i) ?? glideYa(letters, i);
  if (cues.foreign && finalHaAfterYa(letters, i)) return '';
  if (ch === 'ي') return glideYa(letters, i);
  if (ch === 'ء' && i === letters.length - 1 && letters[i - 1] === 'ا') return 'a';
  if (ch === 'ع') return i === letters.length - 1 || letters[i + 1] === 'ا' ? '' : 'a';
  return LETTERS[ch] ?? ch;
}

/** In a foreign name غ is g, and so is ج before ر or ل (جريفيث → Grifith: English has no jr-, jl-). */
const isForeignG = (letters: string[], i: number) =>
  letters[i] === 'غ' || (letters[i] === 'ج' && 'رل'.includes(letters[i + 1] ?? ''));

export function spell(word: string, cues: Cues): string {
  const letters: string[] = [];
  const marks: string[] = [];
  for (const ch of word) {
    if (MARKS.test(ch)) marks[letters.length - 1] = (marks[letters.length - 1] ?? '') + ch;
    else letters.push(ch);
  }
  let out = '';
  letters.forEach((_, i) => {
    const latin = cues.foreign && isForeignG(letters, i) ? 'g' : letterAt(letters, i, cues);
    const mark = marks[i] ?? '';
    out += mark.includes(SHADDA) ? latin + latin.slice(-1) : latin;
    for (const m of mark) out += HARAKAT[m] ?? '';
  });
  return out;
}
