/**
 * Words of a display text and their lookup keys for the known-name pass. A word's key is the resolver's
 * skeleton of it (src/entities/resolve/name-key.ts: normalized, article dropped, alternations folded, long
 * vowels, hamza and final ه dropped), so spellings the resolver would unify share a key. The first word of
 * a span may carry proclitics (و ف, then ب ل ك): each way of cutting them is a `Cut` of its own, except in
 * a word known to begin with such a letter (src/text/clitic-exceptions.ts: وكالة، بوتين).
 */
import { NON_CLITIC_WORDS } from '../../text/clitic-exceptions.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { dropArticle, foldLetters, matchWords, skeletonOf } from '../resolve/name-key.js';

export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface Cut {
  /** Offset in the word where the name starts (after the cut proclitics and their marks). */
  at: number;
  skeleton: string;
}

const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const SPACES = ' \t\u00a0';
const MARK = /\p{M}/u;
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';
/** Letters a name keeps after its proclitics are cut. */
const MIN_REST = 2;

/** Code units that are letters or marks (the basic plane; a word never holds a surrogate pair here). */
const IN_WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (WORD_CHAR.test(String.fromCharCode(c))) IN_WORD[c] = 1;

/** The words of a text (runs of letters and marks), by a scan of its code units: this runs on every word. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && IN_WORD[text.charCodeAt(i)] === 0) i++;
    const start = i;
    while (i < text.length && IN_WORD[text.charCodeAt(i)] === 1) i++;
    if (i > start) words.push({ start, end: i, text: text.slice(start, i) });
  }
  return words;
}

/** Whether only spaces stand between two words: a name never runs over punctuation or a line break. */
export function joined(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) if (!SPACES.includes(text[i])) return false;
  return b.start > a.end;
}

const ARTICLE = /^(?:ال|لل)\p{L}{2}/u;
const NOT_LETTER = /\P{L}/u;
/** A rest that would read as the article and one letter (وكالة cut as و+ك+الة). */
const SHORT_ARTICLE = /^ال\p{L}?$/u;

/** Whether a name (its proclitics cut) starts with the article: الموصل، للأمم. */
export function hasArticle(name: string): boolean {
  return ARTICLE.test(normalizeForMatch(name));
}

const skeletons = new Map<string, string>();

/** The skeleton of one word (the article dropped): ميشال → مشل, والأثينة → ثن. */
export function wordSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    const norm = normalizeForMatch(word);
    const letters = NOT_LETTER.test(norm) ? matchWords(norm).join('') : norm;
    skeleton = skeletonOf(foldLetters(dropArticle(letters)));
    skeletons.set(word, skeleton);
  }
  return skeleton;
}

/** Offset after the first `letters` letters of a word and the marks that follow them. */
function offsetAfter(word: string, letters: number): number {
  let i = 0;
  for (let seen = 0; i < word.length && seen < letters; i++) if (!MARK.test(word[i])) seen++;
  while (i < word.length && MARK.test(word[i])) i++;
  return i;
}

/** Letter counts a proclitic group may take off the front: 0, و/ف, ب/ل/ك, or both (وب، فل). */
function procliticLengths(letters: string): number[] {
  const lengths = [0];
  const conj = CONJUNCTIONS.includes(letters[0]) ? 1 : 0;
  if (conj) lengths.push(1);
  if (PREPOSITIONS.includes(letters[conj])) lengths.push(conj + 1);
  return lengths.filter((n) => letters.length - n >= MIN_REST && !SHORT_ARTICLE.test(letters.slice(n)));
}

const cuts = new Map<string, Cut[]>();

/** Every way of reading the word as a name start, the uncut word first. */
export function cutsOf(word: string): Cut[] {
  let list = cuts.get(word);
  if (list === undefined) {
    const letters = word.replace(/\p{M}/gu, '');
    const whole = NON_CLITIC_WORDS.has(normalizeForMatch(letters));
    list = (whole ? [0] : procliticLengths(letters)).map((n) => {
      const at = n === 0 ? 0 : offsetAfter(word, n);
      return { at, skeleton: wordSkeleton(word.slice(at)) };
    });
    cuts.set(word, list);
  }
  return list;
}
