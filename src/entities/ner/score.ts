/**
 * Emission scores of a sentence, n × TAG_COUNT: the sum of each token's feature rows. The rows of the
 * word-only features are summed once per word form and cached (bounded), so only the context features
 * are looked up per token.
 */
import { contextFeatures, type TokenView, wordFeatures } from './features.js';
import type { NerModel } from './model.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<NerModel, Map<string, Float64Array>>();

function addRows(model: NerModel, names: string[], out: Float64Array, at: number): void {
  for (const name of names) {
    const row = model.index.get(name);
    if (row === undefined) continue;
    for (let t = 0; t < T; t++) out[at + t] += model.weights[row * T + t];
  }
}

function wordScores(model: NerModel, view: TokenView, word: string): Float64Array {
  const cache = caches.get(model) ?? new Map<string, Float64Array>();
  caches.set(model, cache);
  let scores = cache.get(word);
  if (!scores) {
    scores = new Float64Array(T);
    addRows(model, wordFeatures(view, word), scores, 0);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, scores);
  }
  return scores;
}

export function emissionScores(model: NerModel, views: TokenView[], words: string[]): Float64Array {
  const scores = new Float64Array(words.length * T);
  for (let i = 0; i < words.length; i++) {
    scores.set(wordScores(model, views[i], words[i]), i * T);
    addRows(model, contextFeatures(views, i), scores, i * T);
  }
  return scores;
}
