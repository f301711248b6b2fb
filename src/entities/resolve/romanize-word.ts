/**
 * News-style romanization of one Arabic word (simplified ALA-LC without diacritics, never Buckwalter):
 * consonants by the letter table of ./spell-letters.ts; ا آ → a, إ → i; و and ي → w/y at the start of a word or next to ا, u/i elsewhere;
 * ة ى → a; ع → a inside a word (dropped before ا and at the end), hamza dropped except a final اء → aa
 * (علاء → Alaa, صنعاء → Sanaa); a nisba -وي after a consonant is -awi (صفوي → Safawi); harakat read when written
 * (fatha a, kasra i, damma u, shadda doubles); Russian endings ـوف → -ov and ـ(ي)يف → -(i)ev on long words;
 * a word that would start with two consonants (other than a foreign onset such as st-, br-) or has no vowel
 * gets an a after its first consonant (حلب → Halab, شمخاني → Shamkhani); a nisba of four consonants and no
 * long vowel gets an a before its last consonant (عسكري → Askari). In a name with foreign cues (`foreign`):
 * غ (and ج before ر ل) → g, a first cluster before a long vowel stays (غريفيث → Grifith), and a run of three consonants inside
 * the word gets an e after its second (ليبرنتسوف → Librentesov), and و between letters is o (ماكرون → Makron).
 * In a name with a Slavic cue (`slavic`: a Slavic ending or a Russian/Ukrainian given name) ف is v and ج is g
 * (Russian has neither f in most names nor j: فاسيليف → Vasilev, بوجدانوف → Bogdanov) and a final و is
 * u (شويغو → Shoigu); تش is ch in a foreign name (كاسيتش → Kasich); إي is i (إيريك → Irik). Endings ـسكي → -sky, ـوفا → -ova, ـبرج → -berg … A word of the shape مُفاعَل (م + a
 * letter + ا + two letters, no foreign cue) starts with Mu- (مبارك → Mubarak); the verbal nouns افتعال and
 * استفعال are i-CtiCaC and isti-CCaC (انتصار → Intisar، استقلال → Istiqlal); a foreign word opening with
 * أو is o (أوفير → Ofir). See docs/entities.md.
 */
import { type Cues, isNisbaWaw, MARKS, spell } from './spell-letters.js';

const ENDINGS: Record<string, string> = {
  ييف: 'iev',
  يف: 'ev',
  وف: 'ov',
  وفا: 'ova',
  يفا: 'eva',
  سكي: 'sky',
  سكايا: 'skaya',
  فيتش: 'vich',
  وفيتش: 'ovich',
  برج: 'berg',
  بيرغ: 'berg',
  برغ: 'berg',
  بورغ: 'burg',
  بورج: 'burg',
};
/** Endings that are Slavic (the others, -berg and -burg, are Germanic): a Slavic cue. */
const GERMANIC_ENDINGS = new Set(['برج', 'بيرغ', 'برغ', 'بورغ', 'بورج']);
/** Russian and Slavic surname endings on words of 6+ letters (longest first): a foreign-name cue too. */
const FOREIGN_ENDING = new RegExp(
  `(?<stem>\\p{L}{3,}?)(?<ending>${Object.keys(ENDINGS)
    .sort((a, b) => b.length - a.length)
    .join('|')})$`,
  'u',
);
const LONG_WORD = 6;
const LONG_VOWEL = /[اويى]/u;
const NISBA_CONSONANTS = 4;

/** The ending of a Slavic surname (ميدفيديف → يف), or null. */
export function foreignEnding(word: string): { stem: string; ending: string } | null {
  if ([...word].length < LONG_WORD) return null;
  const groups = FOREIGN_ENDING.exec(word)?.groups;
  return groups ? { stem: groups.stem, ending: groups.ending } : null;
}

/** Whether a word ends in a Slavic surname ending (ـوف، ـيف، ـسكي …), not a Germanic one. */
export const slavicEnding = (word: string): boolean => {
  const ending = foreignEnding(word);
  return ending !== null && !GERMANIC_ENDINGS.has(ending.ending);
};

/** A nisba (ـي) on four consonants and no long vowel gets a fatha before its last consonant: جعفري → جعفَري. */
function vowelNisba(word: string): string {
  const stem = [...word.slice(0, -1)];
  if (
    !word.endsWith('ي') ||
    stem.length !== NISBA_CONSONANTS ||
    stem.some((ch) => LONG_VOWEL.test(ch) || MARKS.test(ch))
  )
    return word;
  return `${stem.slice(0, -1).join('')}\u064E${stem.at(-1)}ي`;
}

const CONSONANT = /^(?:sh|kh|gh|th|dh|ch|zh|[bcdfghjklmnpqrstvwxyz])/;
/**
 * Onsets that foreign names bring (Brahimi, Pretoria): left as they are in a name with a foreign cue or
 * before a written long vowel (بريتوريا), else an a is added (البلوي → Balawi، كردي → Kardi); s + consonant
 * (Stanislav) only in a name with a foreign cue (سلامي → Salami).
 */
const FOREIGN_ONSET = /^(?:[bcdfgkptv](?:r|l)|zh|sch)/;
const FOREIGN_S_ONSET = /^s[tpkmnlvw]/;

/** A first cluster followed by a long vowel (i, u, or a written a) in a foreign name: غريفيث → grifith. */
const BEFORE_LONG_VOWEL = /^[aiu]/;

/**
 * Arabic words never begin with two consonants: an unwritten a after the first (شمخاني → Shamkhani), unless
 * the name is foreign and a long vowel follows the cluster.
 */
function addVowel(latin: string, foreign: boolean, longAfterOnset: boolean): string {
  const first = CONSONANT.exec(latin)?.[0];
  if (!first) return latin;
  const second = CONSONANT.exec(latin.slice(first.length))?.[0];
  // a foreign name opening on و + a consonant: Wi- (وليامسون → Williamson, ولسون → Wilson)
  if (foreign && first === 'w' && second) return `wi${latin.slice(1)}`;
  const keep =
    (FOREIGN_ONSET.test(latin) && (foreign || longAfterOnset)) ||
    (foreign && FOREIGN_S_ONSET.test(latin)) ||
    (foreign && second !== undefined && BEFORE_LONG_VOWEL.test(latin.slice(first.length + second.length)));
  return (second && !keep) || !/[aeiou]/.test(latin) ? `${first}a${latin.slice(first.length)}` : latin;
}

/** A stop or f/v before r or l: the onset of the next syllable (Andrew: an-dr, not and-er). */
const ONSET_PAIR = /^[bdgkptfv][rl]/;

/**
 * Inside a foreign word, a run of three or more consonants gets an e after its second: lafrnt → lafrent;
 * not when the second and third make an onset (andr → andro).
 */
function breakClusters(latin: string): string {
  let out = '';
  let run = 0;
  let voweled = false;
  for (let rest = latin; rest; ) {
    const unit = CONSONANT.exec(rest)?.[0] ?? '';
    const next = unit || rest[0];
    rest = rest.slice(next.length);
    out += next;
    run = unit ? run + 1 : 0;
    voweled ||= !unit;
    if (voweled && run === 2 && CONSONANT.test(rest) && !ONSET_PAIR.test(unit + rest)) {
      out += 'e';
      run = 0;
    }
  }
  return out;
}

/** مُفاعَل: م, a letter, ا, two letters (مبارك، مجاهد): a participle read mu-CaCaC. */
const PARTICIPLE = /^م[^اوي]ا[^اوي]{2}$/u;

/** Verbal nouns of forms VIII and X (افتعال، استفعال: انتصار، ابتسام، استقلال): i-CtiCaC, isti-CCaC. */
const FORM_VIII = /^[اإ](?<c1>[^اوي])ت(?<c2>[^اوي])ا(?<c3>[^اوي])$/u;
/** Form VIII of a root that starts with و or ت (اتحاد، اتفاق): the t doubled, itti-CaC. */
const FORM_VIII_T = /^[اإ]ت(?<c2>[^اوي])ا(?<c3>[^اوي])$/u;
const FORM_X = /^[اإ]ست(?<c1>[^اوي])(?<c2>[^اوي])ا(?<c3>[^اوي])$/u;

/** Arabic word shapes whose short vowels are known (مبارك → mubarak, انتصار → intisar), or null. */
function spellShape(word: string, cues: Cues): string | null {
  const sp = (ch: string) => spell(ch, cues);
  if (PARTICIPLE.test(word)) {
    const [, c1, , c2, c3] = [...word].map(sp);
    return `mu${c1}a${c2}a${c3}`;
  }
  const x = FORM_X.exec(word)?.groups;
  if (x) return `isti${sp(x.c1)}${sp(x.c2)}a${sp(x.c3)}`;
  const t = FORM_VIII_T.exec(word)?.groups;
  if (t) return `itti${sp(t.c2)}a${sp(t.c3)}`;
  const viii = FORM_VIII.exec(word)?.groups;
  if (viii) return `i${sp(viii.c1)}ti${sp(viii.c2)}a${sp(viii.c3)}`;
  return null;
}

/** A foreign word that starts with أو / او: o (أوفير → ofir, أوباما → obama). */
const FOREIGN_O = /^[أا]و(?=[^اوي])/u;

/** One word without its article: lower-case Latin letters. `foreign`: the name has foreign cues; `slavic`: Slavic ones. */
export function romanizeBare(word: string, foreign = false, slavic = false): string {
  const ending = foreignEnding(word);
  const isSlavic = slavic || slavicEnding(word);
  const isForeign = foreign || ending !== null;
  const cues = { foreign: isForeign, slavic: isSlavic };
  const shaped = isForeign ? null : spellShape(word, cues);
  if (shaped) return shaped;
  if (isForeign && FOREIGN_O.test(word)) return `o${romanizeBare(word.slice(2), true, isSlavic)}`;
  const stem = ending ? spell(ending.stem, cues) : spell(isForeign ? word : vowelNisba(word), cues);
  const letters = [...word];
  const longAfterOnset = LONG_VOWEL.test(letters[2] ?? '') && !isNisbaWaw(letters, 2);
  const latin = addVowel(stem.replace(/^'+|'+$/g, ''), isForeign, longAfterOnset);
  const body = isForeign ? breakClusters(latin).replace(/tsh/g, 'ch') : latin;
  // three vowels in a row read as none of them (جماعة: Jamaaa): two say the long vowel
  return (body + (ending ? ENDINGS[ending.ending] : '')).replace(/([aeiou])\1{2,}/g, '$1$1');
}
