/**
 * Feature extraction for the tagger: per token, a list of feature strings over the normalized form, a
 * proclitic-free and article-free form, affixes, shape, gazetteer membership (with proclitics peeled),
 * trigger words before the token, and the words within ±2. Tag-to-tag features live in the decoder.
 */
import { normalizeForMatch } from '../../text/normalize.js';
import type { GazLabel, Gazetteers } from './gazetteers.js';
import { procliticReadings, stripArticle } from './proclitics.js';

export interface TokenView {
  norm: string;
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
    const hit = firsts.flatMap((f) => gaz.phrases.get(f) ?? []).find(({ tokens }) =>
      tokens.every((t, k) => k === 0 || views[i + k]?.norm === t),
    );
    if (!hit) continue;
    hit.tokens.forEach((_, k) => (views[i + k].span = `${k === 0 ? 'B' : 'I'}-${hit.label}`));
    i += hit.tokens.length - 1;
  }
}

/** Punctuation glued to a word's edges (ANERcorp keeps «كابول؛» as one token). */
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

export function viewTokens(words: string[], gaz: Gazetteers): TokenView[] {
  const views = words.map((w) => {
    const full = normalizeForMatch(w);
    const norm = full.replace(EDGE_PUNCT, '') || full;
    const { base, labels } = lookup(gaz, norm);
    return { norm, base, gaz: labels, span: '' };
  });
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

export function tokenFeatures(views: TokenView[], words: string[], i: number): string[] {
  const v = views[i];
  const at = (k: number) => views[i + k] ?? BOUNDARY;
  const { norm, base } = v;
  const f = ['b', `w=${norm}`, `s=${base}`, `sh=${shapeOf(words[i])}`, `len=${Math.min(base.length, 8)}`];
  for (let n = 1; n <= 3; n++) f.push(`p${n}=${norm.slice(0, n)}`, `x${n}=${norm.slice(-n)}`, `sx${n}=${base.slice(-n)}`);
  f.push(`sp2=${base.slice(0, 2)}`, `sp3=${base.slice(0, 3)}`, `sx4=${base.slice(-4)}`);
  for (let k = 0; k + 3 <= base.length; k++) f.push(`c3=${base.slice(k, k + 3)}`);
  f.push(`x2-1=${at(-1).norm.slice(-2)}`, `x2+1=${at(1).norm.slice(-2)}`, `p2+1=${at(1).norm.slice(0, 2)}`);
  f.push(`s-1|s=${at(-1).base}|${base}`, `s-2=${at(-2).base}`, `s+2=${at(2).base}`);
  for (const k of [-2, -1, 1, 2]) f.push(`w${k}=${at(k).norm}`);
  f.push(`s-1=${at(-1).base}`, `s+1=${at(1).base}`, `w-1|w=${at(-1).norm}|${norm}`, `w|w+1=${norm}|${at(1).norm}`);
  for (const k of [-2, -1, 0, 1]) for (const g of at(k).gaz) f.push(`g${k}=${g}`);
  for (const k of [-1, 0, 1]) if (at(k).span) f.push(`gs${k}=${at(k).span}`);
  if (i === 0) f.push('first');
  return f;
}

export function sentenceFeatures(words: string[], gaz: Gazetteers): string[][] {
  const views = viewTokens(words, gaz);
  return words.map((_, i) => tokenFeatures(views, words, i));
}
