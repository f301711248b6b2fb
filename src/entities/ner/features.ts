/**
 * Feature extraction for the tagger: per token, a list of feature strings over the normalized form, a
 * proclitic-free and article-free form, affixes, shape, gazetteer membership (with proclitics peeled),
 * trigger words before the token, and the words within ±2. Tag-to-tag features live in the decoder.
 */
import { normalizeForMatch } from '../../text/normalize.js';
import type { Gazetteers, GazLabel } from './gazetteers.js';
import { procliticReadings, stripArticle } from './proclitics.js';

/** Word statistics from unlabeled news: [article-ratio bucket, log2 frequency, top left, top right neighbour]. */
export type Lexicon = Map<string, string[]>;

export interface TokenView {
  norm: string;
  /** The word's unlabeled-news statistics, when known. */
  lex?: string[];
  /** Proclitics peeled when the rest is a gazetteer word, else the norm; article stripped. */
  base: string;
  gaz: GazLabel[];
  /** Gazetteer phrase span: `B-LABEL` / `I-LABEL`, or empty. */
  span: string;
}

function lookup(gaz: Gazetteers, norm: string): { base: string; labels: GazLabel[] } {
  const own = gaz.words.get(norm);
  if (own) return { base: stripArticle(norm), labels: [...own] };
  for (const { rest } of procliticReadings(norm)) {
    const labels = gaz.words.get(rest);
    if (labels) return { base: stripArticle(rest), labels: [...labels] };
  }
  return { base: stripArticle(norm), labels: [] };
}

function markPhrases(views: TokenView[], gaz: Gazetteers): void {
  for (let i = 0; i < views.length; i++) {
    const firsts = [views[i].norm, ...procliticReadings(views[i].norm).map((r) => r.rest)];
    const hit = firsts
      .flatMap((f) => gaz.phrases.get(f) ?? [])
      .find(({ tokens }) => tokens.every((t, k) => k === 0 || views[i + k]?.norm === t));
    if (!hit) continue;
    for (let k = 0; k < hit.tokens.length; k++) views[i + k].span = `${k === 0 ? 'B' : 'I'}-${hit.label}`;
    i += hit.tokens.length - 1;
  }
}

/** Punctuation glued to a word's edges (ANERcorp keeps «كابول؛» as one token). */
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

function lexiconEntry(lexicon: Lexicon, norm: string): string[] | undefined {
  const forms = [
    norm,
    stripArticle(norm),
    ...procliticReadings(norm).flatMap((r) => [r.rest, stripArticle(r.rest)]),
  ];
  for (const form of forms) {
    const entry = lexicon.get(form);
    if (entry) return entry;
  }
  return undefined;
}

function viewWord(word: string, gaz: Gazetteers, lexicon: Lexicon): TokenView {
  const full = normalizeForMatch(word);
  const norm = full.replace(EDGE_PUNCT, '') || full;
  const { base, labels } = lookup(gaz, norm);
  return { norm, base, gaz: labels, span: '', lex: lexiconEntry(lexicon, norm) };
}

const VIEW_CACHE_LIMIT = 200_000;
const viewCaches = new WeakMap<Gazetteers, WeakMap<Lexicon, Map<string, TokenView>>>();

/** The word's view, cached per word form (bounded) for the given gazetteers and lexicon. */
function cachedView(word: string, gaz: Gazetteers, lexicon: Lexicon): TokenView {
  const byLexicon = viewCaches.get(gaz) ?? new WeakMap<Lexicon, Map<string, TokenView>>();
  viewCaches.set(gaz, byLexicon);
  const cache = byLexicon.get(lexicon) ?? new Map<string, TokenView>();
  byLexicon.set(lexicon, cache);
  let view = cache.get(word);
  if (!view) {
    view = viewWord(word, gaz, lexicon);
    if (cache.size >= VIEW_CACHE_LIMIT) cache.clear();
    cache.set(word, view);
  }
  return { ...view };
}

export function viewTokens(words: string[], gaz: Gazetteers, lexicon: Lexicon = new Map()): TokenView[] {
  const views = words.map((w) => cachedView(w, gaz, lexicon));
  markPhrases(views, gaz);
  return views;
}

export function shapeOf(word: string): string {
  if (/^\p{N}+([.,٫٬]\p{N}+)*$/u.test(word)) return 'num';
  if (/\p{N}/u.test(word)) return 'hasnum';
  if (/^\p{Script=Latin}+$/u.test(word)) return /^\p{Lu}/u.test(word) ? 'Latin' : 'latin';
  if (/^\p{P}+$/u.test(word)) return 'punct';
  if (/^[\p{Script=Arabic}\p{M}]+$/u.test(word)) return 'ar';
  return 'mixed';
}

const BOUNDARY: TokenView = { norm: '<s>', base: '<s>', gaz: [], span: '' };

/** Features of the word form alone (the same wherever it occurs: cacheable per word). */
export function wordFeatures(v: TokenView, word: string): string[] {
  const { norm, base } = v;
  const f = ['b', `w=${norm}`, `s=${base}`, `sh=${shapeOf(word)}`, `len=${Math.min(base.length, 8)}`];
  for (let n = 1; n <= 3; n++)
    f.push(`p${n}=${norm.slice(0, n)}`, `x${n}=${norm.slice(-n)}`, `sx${n}=${base.slice(-n)}`);
  f.push(`sp2=${base.slice(0, 2)}`, `sp3=${base.slice(0, 3)}`, `sx4=${base.slice(-4)}`);
  for (let k = 0; k + 3 <= base.length; k++) f.push(`c3=${base.slice(k, k + 3)}`);
  for (const g of v.gaz) f.push(`g0=${g}`);
  const [al, fq, left, right] = v.lex ?? NO_LEX;
  f.push(`la=${al}`, `lf=${fq}`, `ll=${left}`, `lr=${right}`);
  return f;
}

const NO_LEX = ['none', 'none', '', ''];

/** Features of the word in its sentence: neighbours ±2, triggers before it, gazetteer spans. */
export function contextFeatures(views: TokenView[], i: number): string[] {
  const { norm, base } = views[i];
  const at = (k: number) => views[i + k] ?? BOUNDARY;
  const f = [
    `x2-1=${at(-1).norm.slice(-2)}`,
    `x2+1=${at(1).norm.slice(-2)}`,
    `p2+1=${at(1).norm.slice(0, 2)}`,
  ];
  f.push(`s-1|s=${at(-1).base}|${base}`, `s-2=${at(-2).base}`, `s+2=${at(2).base}`);
  for (const k of [-2, -1, 1, 2]) f.push(`w${k}=${at(k).norm}`);
  f.push(
    `s-1=${at(-1).base}`,
    `s+1=${at(1).base}`,
    `w-1|w=${at(-1).norm}|${norm}`,
    `w|w+1=${norm}|${at(1).norm}`,
  );
  for (const k of [-2, -1, 1]) for (const g of at(k).gaz) f.push(`g${k}=${g}`);
  for (const k of [-1, 0, 1]) if (at(k).span) f.push(`gs${k}=${at(k).span}`);
  if (i === 0) f.push('first');
  f.push(`la|s-1=${(views[i].lex ?? NO_LEX)[0]}|${at(-1).base}`);
  return f;
}

export function tokenFeatures(views: TokenView[], words: string[], i: number): string[] {
  return [...wordFeatures(views[i], words[i]), ...contextFeatures(views, i)];
}

export function sentenceFeatures(words: string[], gaz: Gazetteers, lexicon?: Lexicon): string[][] {
  const views = viewTokens(words, gaz, lexicon);
  return words.map((_, i) => tokenFeatures(views, words, i));
}
