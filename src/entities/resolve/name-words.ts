/**
 * Common words of organization and place names in their news-style Latin spelling (data/names/name-words.json):
 * the rule romanizer cannot guess the short vowels the script leaves out (مجلس → Majls), a table of the
 * frequent words can. And the construct state of a word ending in ة (tāʼ marbūṭa read -at before its
 * genitive: وزارة الدفاع → Wizarat al-Difa, حركة حماس → Harakat Hamas), told from an agreeing adjective by
 * the next word's ending: a feminine adjective ends in ة, ى or اء (الجبهة الشامية → al-Jabha al-Shamiya).
 */
import { readFileSync } from 'node:fs';
import { loadNames } from './load-names.js';
import { dropArticle, matchWords } from './name-key.js';

const FILE = new URL('../../../data/names/name-words.json', import.meta.url);
let words: Map<string, string> | undefined;
let portfolios: Set<string> | undefined;

const keyOf = (word: string) => dropArticle(matchWords(word).join(''));

/** The Latin spelling of a common name word (without its article), or null. */
export function nameWordLatin(word: string): string | null {
  if (!words) {
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as { WORDS: Record<string, string> };
    words = new Map(Object.entries(data.WORDS).map(([ar, latin]) => [keyOf(ar), latin]));
  }
  return words.get(keyOf(word)) ?? null;
}

const TA_MARBUTA = /ة$/u;
/**
 * Endings of a feminine word that may agree with the head, read on the word as written (normalization makes
 * ة and ه one letter: ترفيه is masculine): ة, ى, اء, or ا after the article (العليا); not a place such as
 * سوريا, the genitive of «حكومة سوريا».
 */
const FEMININE_END = /(?:[ةى]|اء|^(?:ال|لل).*ا)$/u;
/** «للبحوث», «وكفريا»: a phrase with لـ after the name, or a word coordinated by و, is no genitive. */
const NOT_GENITIVE = /^(?:لل|و)\p{L}{3}/u;
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/gu;

/**
 * Whether `word` (ending in ة) stands in construct before `next`: the next word cannot be its adjective, or
 * is a ministry's portfolio (وزارة الخارجية: a noun, though it ends in ة).
 */
export function inConstruct(word: string, next: string | undefined): boolean {
  if (next === undefined || !TA_MARBUTA.test(word.replace(DIACRITICS, ''))) return false;
  const written = next.replace(DIACRITICS, '');
  if (NOT_GENITIVE.test(written)) return false;
  const bare = keyOf(next);
  portfolios ??= new Set(Object.keys(loadNames().portfolios).map(keyOf));
  return bare.length >= 2 && (!FEMININE_END.test(written) || portfolios.has(bare));
}
