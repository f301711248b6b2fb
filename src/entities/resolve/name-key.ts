/**
 * Match keys of a name (never for display). Two levels:
 * - `words`: normalized (src/text/normalize.ts), punctuation and digits dropped, the article ال dropped from
 *   every word, transliteration alternations folded (غ/ج → ج, ط → ت, ص → س, ڤ → ف ... data/names/alternations.json);
 * - `skeleton` (and `block`, without spaces): each word without its long-vowel letters (ا و ي), hamza and final ه (taa marbuta), doubled
 *   letters collapsed: ميشيل/ميشال → مشل, أثينة/الأثينة/أثينا/آثينا → ثن. `block` groups candidates.
 * Both start from the words with compounds joined (`joinCompounds`: عبد السلام = عبدالسلام).
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { crossFold } from './cross-alternations.js';
import { loadNames } from './load-names.js';

export interface NameKey {
  /** Normalized words, article dropped, letters not folded: what `nameDistance` compares. */
  plain: string[];
  /** Folded words, article dropped. */
  words: string[];
  /** One skeleton per word. */
  skeletons: string[];
  /** `skeletons` joined by a space. */
  skeleton: string;
  /** `skeletons` joined without spaces: the blocking key (نور سلطان and نورسلطان meet). */
  block: string;
  /**
   * The block with the marked spellings of a cross alternation written plain (تشاوش → جاوش; cross-alternations.ts):
   * a second blocking key, `block` itself for a name without one.
   */
  crossBlock: string;
}

const NON_LETTER = /[^\p{L}]+/gu;
/** The long vowels never fold (nor does white space). */
const NEVER_FOLDED = ' \t\n\u00a0\u0627\u0648\u064A';
const ARTICLE = /^(?:[وف]?[بلك]?ال|[وف]?لل)(?=\p{L}{2})/u;

interface Folds {
  multi: [string, string][];
  single: Map<string, string>;
}
let folds: Folds | undefined;

function foldTable(): Folds {
  if (folds) return folds;
  const pairs = loadNames().alternations.flatMap((a) => a.letters.map((l): [string, string] => [l, a.as]));
  folds = {
    multi: pairs.filter(([l]) => l.length > 1),
    single: new Map(pairs.filter(([l]) => l.length === 1)),
  };
  return folds;
}

/** One letter folded (a letter of no alternation is itself). */
export function foldLetter(ch: string): string {
  return foldTable().single.get(ch) ?? ch;
}

/** Alternation letters folded to one representative: غوتيريس → جوتيريس, طهران → تهران. A loop, not a regex: it runs on every word. */
export function foldLetters(word: string): string {
  const { multi, single } = foldTable();
  let out = word;
  for (const [from, to] of multi) if (out.includes(from)) out = out.replaceAll(from, to);
  let folded = '';
  let last = 0;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i];
    if (NEVER_FOLDED.includes(ch)) continue;
    const to = single.get(ch);
    if (to === undefined || to === ch) continue;
    folded += out.slice(last, i) + to;
    last = i + 1;
  }
  return last === 0 ? out : folded + out.slice(last);
}

/** The article (with a leading conjunction/preposition) removed: والأستانة → استانه, للامم → امم. */
export function dropArticle(word: string): string {
  return word.replace(ARTICLE, '');
}

/** A name's match key with every word's article dropped (وزارة الخارجية → وزاره خارجيه): lexicon lookups. */
export const keyWithoutArticles = (text: string): string => matchWords(text).map(dropArticle).join(' ');

const VOWELS = 'اويء';
const LETTER = /\p{L}/u;

/** Long vowels, hamza and a final ه dropped, doubled letters collapsed. A loop, not a regex: it runs on every word. */
export function skeletonOf(folded: string): string {
  const end = folded.endsWith('ه') ? folded.length - 1 : folded.length;
  let bare = '';
  for (let i = 0; i < end; i++) {
    const ch = folded[i];
    if (VOWELS.includes(ch)) continue;
    if (ch === bare[bare.length - 1] && LETTER.test(ch)) continue;
    bare += ch;
  }
  return bare || folded;
}

/** Name particles written with or without a space before the next word (normalized: آل → ال). */
const COMPOUND_PARTICLES = new Set(['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'ال']);
const FUSED_ARTICLE = /^(?<particle>عبد|ابو|ابي)ال(?=\p{L}{2})/u;

/**
 * Compound names in one spelling: a particle joined to the next word without its article, and the inner
 * article of a fused compound dropped (عبد السلام، عبدالسلام → عبدسلام; أبو بكر، أبوبكر → ابوبكر; بن علي → بنعلي).
 */
export function joinCompounds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (COMPOUND_PARTICLES.has(words[i]) && next !== undefined) {
      out.push(words[i] + dropArticle(next));
      i++;
    } else out.push(words[i].replace(FUSED_ARTICLE, '$<particle>'));
  }
  return out;
}

const MAX_WORDS_REMEMBERED = 200_000;
const rememberedWords = new Map<string, readonly string[]>();

/** Normalized words of a name with punctuation, digits and tatweel gone; remembered per text (do not mutate). */
export function matchWords(text: string): readonly string[] {
  let words = rememberedWords.get(text);
  if (words === undefined) {
    if (rememberedWords.size >= MAX_WORDS_REMEMBERED) rememberedWords.clear();
    words = normalizeForMatch(text).replace(NON_LETTER, ' ').trim().split(' ').filter(Boolean);
    rememberedWords.set(text, words);
  }
  return words;
}

/**
 * East Asian "ng" at a word's end is written نغ, نج or ن alone (كيم جونغ أون, كيم جونج أون, كيم جون-اون): in a
 * name of two words or more the cross block drops it, so the spellings are compared (the name distance still
 * charges the dropped letter in full, so one-word names such as كينغ/كين stay apart).
 */
const FINAL_NG = /ن[غج]$/u;
const dropFinalNg = (word: string) => (FINAL_NG.test(word) ? word.slice(0, -1) : word);

/**
 * The blocking key of the words with cross alternations folded (cross-alternations.ts) and, in a name of two
 * words or more, a final ng dropped; `block` when none applies.
 */
function crossBlockOf(plain: readonly string[], block: string): string {
  const crossed = plain.map((w) => (plain.length > 1 ? dropFinalNg(crossFold(w)) : crossFold(w)));
  if (crossed.every((w, i) => w === plain[i])) return block;
  return crossed.map((w) => skeletonOf(foldLetters(w))).join('');
}

const MAX_REMEMBERED = 200_000;
const remembered = new Map<string, Readonly<NameKey>>();

/** The keys of a name, remembered per text (a story names the same people again and again): do not mutate. */
export function nameKey(text: string): NameKey {
  let key = remembered.get(text);
  if (key === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    const plain = joinCompounds(matchWords(text)).map(dropArticle);
    const words = plain.map(foldLetters);
    const skeletons = words.map(skeletonOf);
    const block = skeletons.join('');
    key = {
      plain,
      words,
      skeletons,
      skeleton: skeletons.join(' '),
      block,
      crossBlock: crossBlockOf(plain, block),
    };
    remembered.set(text, key);
  }
  return key;
}
