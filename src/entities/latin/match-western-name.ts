/**
 * The Latin spelling of one Arabic word of a foreign person's name from the Western names of
 * data/names/western-names.json (faker's first and last names, `npx tsx scripts/build-western-names.ts`):
 * each name is spelt in Arabic letters by the rules of ./spell-latin-name.ts in each of its languages and
 * indexed by its consonant skeletons; an Arabic word is looked up by its own skeleton and the name whose vowels
 * agree best with the word's vowel letters is taken (./align-spelling.ts), less a penalty for a name out of its
 * role (a last name where a first name stands, the reverse), with a small bonus for a name several languages
 * list; a tie left, a weak agreement or a short skeleton give null (the rules romanize the word). See docs/entities.md.
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
/** Where the word stands in the name: a first name, a last name, or either. */
export type NameRole = 'f' | 'l' | null;

/** Fewer consonants than this: too many names share the skeleton (بوب, توم). */
const MIN_CONSONANTS = 2;
/** The least vowel agreement a match needs; on a skeleton of two consonants, SHORT_MIN_SCORE (خوسيه José). */
const MIN_SCORE = 0.6;
const SHORT_MIN_SCORE = 1.5;
const EPSILON = 1e-9;
/** A first name where a last name stands, or the reverse: a weaker match. */
const ROLE_PENALTY = 0.25;
/** A name many languages list is a common one: a small bonus per language after the first, at most LANG_BONUS_MAX. */
const LANG_BONUS = 0.1;
const LANG_BONUS_MAX = 0.4;
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

/**
 * The score of each name whose spelling the word can be: its best vowel agreement, less ROLE_PENALTY when it
 * stands in the other role; `rank` adds the languages' bonus.
 */
function scoreNames(letters: string, readings: Reading[], role: NameRole): Scored[] {
  const best = new Map<WesternName, number>();
  for (const { entry, units } of readings) {
    const score = alignSpelling(units, letters);
    if (score > (best.get(entry) ?? Number.NEGATIVE_INFINITY)) best.set(entry, score);
  }
  const misplaced = (entry: WesternName) => (role !== null && !entry.roles.includes(role) ? ROLE_PENALTY : 0);
  return [...best].map(([entry, score]) => ({ entry, score: score - misplaced(entry) }));
}

const bonus = (s: Scored) => Math.min(LANG_BONUS * (s.entry.langs.length - 1), LANG_BONUS_MAX);

/** Names ranked: score with the languages' bonus, then the number of languages. */
function rank(a: Scored, b: Scored): number {
  const diff = b.score + bonus(b) - (a.score + bonus(a));
  return Math.abs(diff) > EPSILON ? diff : b.entry.langs.length - a.entry.langs.length;
}

/** The Western name an Arabic word spells, or null (see the module comment). */
export function westernName(word: string, role: NameRole = null): string | null {
  const reading = readArabicWord(word);
  if (!reading || [...reading.skeleton].length < MIN_CONSONANTS) return null;
  index ??= buildIndex();
  const least = [...reading.skeleton].length > MIN_CONSONANTS ? MIN_SCORE : SHORT_MIN_SCORE;
  const scored = scoreNames(reading.letters, index.get(reading.skeleton) ?? [], role).filter(
    (s) => s.score >= least,
  );
  if (scored.length === 0) return null;
  scored.sort(rank);
  const [first, second] = scored;
  // a tie between two different names: no choice
  const tie =
    second !== undefined &&
    rank(first, second) === 0 &&
    foldLatin(first.entry.name) !== foldLatin(second.entry.name);
  return tie ? null : first.entry.name;
}
