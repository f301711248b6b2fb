/** Data helpers of scripts/train-ner.ts: feature encoding with a count cutoff, seeded shuffles, pruning. */

import { type Lexicon, sentenceFeatures } from '../src/entities/ner/features.js';
import type { Gazetteers } from '../src/entities/ner/gazetteers.js';
import type { NerModel } from '../src/entities/ner/model.js';
import type { EncodedSentence } from '../src/entities/ner/perceptron.js';
import { TAG_COUNT, tagIndex } from '../src/entities/ner/tags.js';
import type { ConllSentence } from '../src/io/conll.js';

/** Features of every sentence mapped to row ids; a new index keeps features seen at least `minCount` times. */
export function encodeAll(
  sentences: ConllSentence[],
  gaz: Gazetteers,
  lexicon: Lexicon,
  minCount: number,
  given?: Map<string, number>,
) {
  const features = sentences.map((s) => sentenceFeatures(s.tokens, gaz, lexicon));
  const index = given ?? countedIndex(features, minCount);
  const encoded = features.map((tokens, s): EncodedSentence => {
    const ids: number[] = [];
    const offsets = [0];
    for (const list of tokens) {
      for (const name of list) {
        const id = index.get(name);
        if (id !== undefined) ids.push(id);
      }
      offsets.push(ids.length);
    }
    const gold = Int32Array.from(sentences[s].tags, tagIndex);
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold };
  });
  return { encoded, index };
}

function countedIndex(features: string[][][], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tokens of features)
    for (const list of tokens) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, n] of counts) if (n >= minCount) index.set(name, index.size);
  return index;
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

/** Drops feature rows whose every weight is below `threshold` in absolute value. */
export function pruneRows(model: NerModel, threshold: number): NerModel {
  const index = new Map<string, number>();
  const kept: number[] = [];
  for (const [name, row] of model.index) {
    const weights = model.weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT);
    if (weights.some((w) => Math.abs(w) >= threshold)) {
      index.set(name, index.size);
      kept.push(...weights);
    }
  }
  return { index, weights: Float32Array.from(kept), transitions: model.transitions, lexicon: model.lexicon };
}
