/** Data helpers of scripts/train-ner.ts: feature ids per token, a count cutoff, encoding, seeded shuffles, pruning. */

import type { Dictionary } from '../src/entities/ner/dictionary.js';
import {
  type Clusters,
  type Lexicon,
  nameFeatureIds,
  type TokenView,
  tokenFeatureIds,
  viewTokens,
} from '../src/entities/ner/features.js';
import { findQuotes } from '../src/entities/ner/find-quotes.js';
import type { Gazetteers } from '../src/entities/ner/gazetteers.js';
import type { EncodedSentence } from '../src/entities/ner/perceptron.js';
import { TAG_COUNT, tagIndex } from '../src/entities/ner/tags.js';
import type { Names } from '../src/entities/ner/view-tokens.js';
import type { ConllSentence } from '../src/io/conll.js';

/** Whether the name-likeness labels of the ±1 neighbours are features (`--name-grams-word` turns them off). */
export const NAME_NEIGHBOURS = { on: true };

export interface Featurized {
  views: TokenView[][];
  /** Feature ids per sentence, per token. */
  ids: number[][][];
  gold: Int32Array[];
}

export function featurize(
  sentences: ConllSentence[],
  gaz: Gazetteers,
  lexicon: Lexicon,
  clusters: Clusters,
  dictionary?: Dictionary,
  names?: Names,
  nameLabels?: (s: number) => (norm: string) => string[],
): Featurized {
  const views = sentences.map((s) => viewTokens(s.tokens, gaz, lexicon, clusters, dictionary, names));
  const ids = sentences.map((s, k) => {
    const quotes = findQuotes(s.tokens);
    const label = nameLabels?.(k);
    const labels = label && views[k].map((v) => label(v.norm));
    return s.tokens.map((_, i) => {
      const out = tokenFeatureIds(views[k], s.tokens, i, quotes);
      return labels ? nameFeatureIds(labels, i, out, NAME_NEIGHBOURS.on) : out;
    });
  });
  return { views, ids, gold: sentences.map((s) => Int32Array.from(s.tags, tagIndex)) };
}

/** Feature id → row for ids seen at least `minCount` times, plus every id of `always`. */
export function buildIndex(ids: number[][][], minCount: number, always: number[] = []): Map<number, number> {
  const counts = new Map<number, number>();
  for (const sentence of ids)
    for (const token of sentence) for (const id of token) counts.set(id, (counts.get(id) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [id, n] of counts) if (n >= minCount) index.set(id, index.size);
  for (const id of always) if (!index.has(id)) index.set(id, index.size);
  return index;
}

/** Sentences (feature ids per token) as row ids of `index`, with their gold tags. */
export function encode(ids: number[][][], index: Map<number, number>, gold: Int32Array[]): EncodedSentence[] {
  return ids.map((tokens, s): EncodedSentence => {
    const rows: number[] = [];
    const offsets = [0];
    tokens.forEach((list) => {
      for (const id of list) {
        const row = index.get(id);
        if (row !== undefined) rows.push(row);
      }
      offsets.push(rows.length);
    });
    return { ids: Int32Array.from(rows), offsets: Int32Array.from(offsets), gold: gold[s] };
  });
}

/** A deterministic shuffle (mulberry32 seeded by `seed`). */
export function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The ids and weights of the rows that have a weight of at least `threshold` in absolute value. */
export function pruneRows(index: Map<number, number>, weights: Float32Array, threshold: number) {
  const ids: number[] = [];
  const kept: number[] = [];
  for (const [id, row] of index) {
    const w = weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT);
    if (!w.some((x) => Math.abs(x) >= threshold)) continue;
    ids.push(id);
    kept.push(...w);
  }
  return { ids, weights: Float32Array.from(kept) };
}
