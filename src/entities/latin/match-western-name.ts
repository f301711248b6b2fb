/**
 * The Latin spelling of one Arabic word of a foreign person's name from the Western names of
 * data/names/western-names.json (faker's first and last names, `npx tsx scripts/build-western-names.ts`):
 * each name is spelt in Arabic letters by the rules of ./spell-latin-name.ts in each of its languages and
 * indexed by its consonant skeletons; an Arabic word is looked up by its own skeleton and the name whose vowels
 * agree best with the word's vowel letters is taken (./align-spelling.ts); a tie between two names (Gabriel,
 * Gabriele for غابرييل), a weak agreement or a short skeleton give null (the rules romanize the word). The
 * data's roles (first, last) are not used: faker lists many family names as first names only (Sterling). See docs/entities.md.
 */
import { readFileSync } from 'node:fs';
import { alignSpelling } from './align-spelling.js';
import type { Lang } from './latin-rules.js';
import { readArabicWord } from './read-arabic-word.js';
import { foldLatin, skeletons, spellLatin, type Unit } from './spell-latin-name.js';

const FILE = new URL('../../../data/names/western-names.json', import.meta.url);

interface WesternName {
  name: string;
  langs: Lang[];
  roles: string;
}
interface Reading {
  entry: WesternName;
  units: Unit[];
}

/** Fewer consonants than this: too many names share the skeleton (بوب, توم). */
const MIN_CONSONANTS = 2;
/**
 * The least vowel agreement a match needs, by the consonants of the skeleton: short words share their
 * skeleton with many names (two or three consonants: خوسيه José agrees in both vowels; بارك Park is no Baarck, تاني no Thöne).
 */
const MIN_SCORE = 0.6;
const MIN_SCORE_SHORT: Record<number, number> = { 2: 1.75, 3: 1.75 };
const EPSILON = 1e-9;
/** How far the agreement may fall short of the Arabic word's vowel letters (one vowel spelt a weaker way). */
const WEAK_VOWELS = 0.5;
const SILENT_H = new Set<Lang>(['fr', 'es', 'it', 'pt']);
/** A final é is pronounced (José جوزيه), unlike an English or French final e. */
const ACCENTED_E = /é$/u;

let index: Map<string, Reading[]> | undefined;

function buildIndex(): Map<string, Reading[]> {
  const data = JSON.parse(readFileSync(FILE, 'utf8')) as { NAMES: [string, string, string][] };
  const out = new Map<string, Reading[]>();
  for (const [name, langs, roles] of data.NAMES) {
    const entry = { name, langs: langs.split(' ') as Lang[], roles };
    const folded = foldLatin(name);
    for (const lang of entry.langs) {
      // a Romance name's initial h is silent (Hervé: هيرفي or إرفيه)
      const spellings = SILENT_H.has(lang) && folded.startsWith('h') ? [folded, folded.slice(1)] : [folded];
      for (const units of spellings.map((f) => spellLatin(f, lang, ACCENTED_E.test(name))))
        for (const skeleton of skeletons(units))
          out.set(skeleton, [...(out.get(skeleton) ?? []), { entry, units }]);
    }
  }
  return out;
}

interface Scored {
  entry: WesternName;
  score: number;
}

/** The best vowel agreement of each name whose spelling the word can be. */
function scoreNames(letters: string, readings: Reading[]): Scored[] {
  const best = new Map<WesternName, number>();
  for (const { entry, units } of readings) {
    const score = alignSpelling(units, letters);
    if (score > (best.get(entry) ?? Number.NEGATIVE_INFINITY)) best.set(entry, score);
  }
  return [...best].map(([entry, score]) => ({ entry, score }));
}

/** Names ranked by score, then by the number of languages that list them (one name's spellings: José, Jose). */
function rank(a: Scored, b: Scored): number {
  const diff = b.score - a.score;
  return Math.abs(diff) > EPSILON ? diff : b.entry.langs.length - a.entry.langs.length;
}

/** The Western name an Arabic word spells, or null (see the module comment). */
export function westernName(word: string): string | null {
  const reading = readArabicWord(word);
  if (!reading || [...reading.skeleton].length < MIN_CONSONANTS) return null;
  index ??= buildIndex();
  const least = MIN_SCORE_SHORT[[...reading.skeleton].length] ?? MIN_SCORE;
  // every vowel letter the Arabic writes agrees with the name, one at most by a weaker spelling (Rubio is no رابيو)
  const written = [...reading.letters].length - [...reading.skeleton].length;
  const scored = scoreNames(reading.letters, index.get(reading.skeleton) ?? [])
    .filter((s) => s.score >= written - WEAK_VOWELS)
    .filter((s) => s.score >= least);
  if (scored.length === 0) return null;
  scored.sort(rank);
  const [first, second] = scored;
  // a tie between two different names (Mitchell, Michelle for ميتشل): no choice
  const tie =
    second !== undefined &&
    Math.abs(first.score - second.score) < EPSILON &&
    foldLatin(first.entry.name) !== foldLatin(second.entry.name);
  return tie ? null : first.entry.name;
}
