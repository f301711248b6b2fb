/**
 * Emission scores, n × TAG_COUNT. First pass: the sum of each token's feature rows; the rows of the
 * word-only features are summed once per word form and cached (bounded), so only the context features
 * are looked up per token. Second pass: the first pass's scores plus the rows of the stack features.
 */
import { contextFeatureIds, nameFeatureIds, type TokenView, wordFeatureIds } from './features.js';
import { findQuotes } from './find-quotes.js';
import type { NerPass } from './model.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<NerPass, Map<string, Float64Array>>();
const scratch: number[] = [];

export function addRows(pass: NerPass, ids: number[], out: Float64Array, at: number): void {
  const { weights, table } = pass;
  for (let k = 0; k < ids.length; k++) {
    const row = table.get(ids[k]);
    if (row < 0) continue;
    for (let t = 0, r = row * T; t < T; t++) out[at + t] += weights[r + t];
  }
}

function wordScores(pass: NerPass, view: TokenView, word: string): Float64Array {
  const cache = caches.get(pass) ?? new Map<string, Float64Array>();
  if (cache.size === 0) caches.set(pass, cache);
  let scores = cache.get(word);
  if (!scores) {
    scores = new Float64Array(T);
    addRows(pass, wordFeatureIds(view, word), scores, 0);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, scores);
  }
  return scores;
}

/** `names`: the name-likeness labels of each token (name-likeness.ts), when the model reads them. */
export function emissionScores(
  pass: NerPass,
  views: TokenView[],
  words: string[],
  names?: string[][],
): Float64Array {
  const scores = new Float64Array(words.length * T);
  const quotes = findQuotes(words);
  for (let i = 0; i < words.length; i++) {
    scores.set(wordScores(pass, views[i], words[i]), i * T);
    scratch.length = 0;
    contextFeatureIds(views, i, scratch, quotes);
    if (names) nameFeatureIds(names, i, scratch);
    addRows(pass, scratch, scores, i * T);
  }
  return scores;
}

/** The first pass's scores plus the stack feature rows of each token (`extra[i]`). */
export function stackedScores(pass: NerPass, base: Float64Array, extra: number[][]): Float64Array {
  const scores = Float64Array.from(base);
  for (let i = 0; i < extra.length; i++) addRows(pass, extra[i], scores, i * T);
  return scores;
}
