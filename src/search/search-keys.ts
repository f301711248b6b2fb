/**
 * Search keys: the forms a word takes in the index and in a query, so spelling variants meet.
 * normalizeForMatch (alef forms, ى, ة, harakat, digits), then every reading of the proclitics
 * (و ف, ب ل ك, ال / لل): a word starting with a letter that can be a clitic (بيروت, ببيروت) is ambiguous,
 * so the word is indexed under each reading and a query word matches a text word when their key sets meet
 * (src/text/clitics.ts picks one reading, which is right for lookup but misses ببيروت for بيروت).
 * Last, a word-final ا or ه is folded to ه, so أستانة (استانه) and أستانا (استانا) meet, as سوريا and سورية do.
 * Offsets always point into the unchanged display text.
 */
import { normalizeForMatch } from '../text/normalize.js';

/** A word of the display text: letters, marks and digits (numbers keep their inner separators). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬][\p{N}]+)*/gu;
const NOT_KEY_CHARS = /[^\p{L}\p{N}]/gu;
const FINAL_ALEF_OR_HEH = /[\u0627\u0647]$/u;
/** Conjunction, preposition, article: each optional; لل is ل + ال with the alef dropped. */
const PROCLITICS = /^(?<conj>[وف])?(?<prep>[بلك])?(?<article>ال|(?<=ل)ل)?/u;
const MIN_STEM = 2;
const MIN_FOLD = 3;

export interface KeyedWord {
  start: number;
  end: number;
  keys: string[];
}

function fold(stem: string): string {
  return stem.length >= MIN_FOLD ? stem.replace(FINAL_ALEF_OR_HEH, '\u0647') : stem;
}

/** Every prefix of clitics the word may start with, longest last. */
function procliticCuts(norm: string): number[] {
  const groups = PROCLITICS.exec(norm)?.groups ?? {};
  const parts = [groups.conj, groups.prep, groups.article].filter((p): p is string => p !== undefined);
  const cuts = [0];
  let at = 0;
  for (const part of parts) {
    at += part.length;
    cuts.push(at);
  }
  return cuts;
}

/** Words repeat across articles: their keys are remembered (cleared when it grows past MEMO_MAX). */
const MEMO = new Map<string, string[]>();
const MEMO_MAX = 200_000;

/** The search keys of one word (first the whole word's); empty when nothing searchable is in it. */
export function searchKeys(word: string): string[] {
  let keys = MEMO.get(word);
  if (keys === undefined) {
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    keys = computeKeys(word);
    MEMO.set(word, keys);
  }
  return keys;
}

function computeKeys(word: string): string[] {
  const norm = normalizeForMatch(word).replace(NOT_KEY_CHARS, '');
  if (norm === '') return [];
  const keys = procliticCuts(norm)
    .filter((cut) => cut === 0 || norm.length - cut >= MIN_STEM)
    .map((cut) => fold(norm.slice(cut)));
  return [...new Set(keys)];
}

/** Every word of a text with its search keys and its offsets in the text. */
export function keyWords(text: string): KeyedWord[] {
  const words: KeyedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const keys = searchKeys(match[0]);
    const start = match.index ?? 0;
    if (keys.length > 0) words.push({ start, end: start + match[0].length, keys });
  }
  return words;
}

/** What the full-text index holds for a title or a body: every key of every word, space-separated. */
export function indexText(text: string): string {
  return keyWords(text)
    .map((w) => w.keys.join(' '))
    .join(' ');
}

/** A query's words, each as the set of its keys (a text word matches when one of its keys is in the set). */
export function queryWords(query: string): string[][] {
  return keyWords(query).map((w) => w.keys);
}
