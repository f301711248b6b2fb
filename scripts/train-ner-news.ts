/**
 * Self-trained name lists (src/entities/ner/news-types.ts) for scripts/train-ner.ts: unlabeled news
 * sentences (ANT v2.1 dev texts, read only as plain text) tagged by first-pass models, and per model the
 * counts of each entity type its tags gave each word form. Each jackknife fold model gives the table the
 * second pass reads on that fold's training sentences, so the feature is as noisy there as on new text;
 * the model trained on all of train gives the table that ships.
 */

import type { Dictionary } from '../src/entities/ner/dictionary.js';
import type { Clusters, Lexicon } from '../src/entities/ner/features.js';
import type { Gazetteers } from '../src/entities/ner/gazetteers.js';
import { type NewsTypes, newsEntry } from '../src/entities/ner/news-types.js';
import type { AveragedPerceptron } from '../src/entities/ner/perceptron.js';
import type { Names } from '../src/entities/ner/view-tokens.js';
import type { ConllSentence } from '../src/io/conll.js';
import { encode, featurize } from './train-ner-data.js';
import { readNewsTexts } from './train-ner-lexicon.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const MAX_LENGTH = 60;
const CHUNK = 2000;

/** News sentences as ANERcorp-like tokens (punctuation apart), at most `maxTokens` in all. */
export function newsTokenSentences(jsonlPath: string, maxTokens: number): string[][] {
  const out: string[][] = [];
  let total = 0;
  for (const text of readNewsTexts(jsonlPath)) {
    for (const line of text.split(/\n|(?<=[.!؟?])\s+/u)) {
      const tokens = Array.from(line.matchAll(TOKEN), ([t]) => t);
      for (let k = 0; k < tokens.length; k += MAX_LENGTH) {
        const sentence = tokens.slice(k, k + MAX_LENGTH);
        if (sentence.length < 3) continue;
        out.push(sentence);
        total += sentence.length;
        if (total >= maxTokens) return out;
      }
    }
  }
  return out;
}

export interface Resources {
  gaz: Gazetteers;
  lexicon: Lexicon;
  clusters: Clusters;
  dictionary?: Dictionary;
  names?: Names;
}

/** Per model, word form → type counts of its first-pass tags over the news (entries with ≥ `min` entity tags). */
export function tagNews(
  models: AveragedPerceptron[],
  sentences: string[][],
  index: Map<number, number>,
  r: Resources,
  min = 2,
): NewsTypes[] {
  const counts = models.map(() => new Map<string, Int32Array>());
  for (let from = 0; from < sentences.length; from += CHUNK) {
    const chunk: ConllSentence[] = sentences
      .slice(from, from + CHUNK)
      .map((tokens) => ({ tokens, tags: tokens.map(() => 'O') }));
    const data = featurize(chunk, r.gaz, r.lexicon, r.clusters, r.dictionary, r.names);
    const encoded = encode(data.ids, index, data.gold);
    models.forEach((model, m) => {
      encoded.forEach((s, k) => {
        const tags = model.predict(s);
        data.views[k].forEach((v, i) => {
          const row = counts[m].get(v.norm) ?? new Int32Array(5);
          if (tags[i] > 0) row[(tags[i] - 1) >> 1]++;
          row[4]++;
          counts[m].set(v.norm, row);
        });
      });
    });
  }
  return counts.map((table) => {
    const out: NewsTypes = new Map();
    for (const [word, row] of table) {
      if (row[0] + row[1] + row[2] + row[3] >= min && word.length >= 2)
        out.set(word, newsEntry(row.subarray(0, 4), row[4]));
    }
    return out;
  });
}
