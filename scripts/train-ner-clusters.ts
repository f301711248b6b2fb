/**
 * Distributional word clusters for the tagger, from unlabeled text (a stand-in for Brown clusters that
 * runs in seconds): each frequent word is described by its left and right neighbours (damped counts over
 * the most frequent context words), the vectors are randomly projected to DIMS dimensions, and a
 * hierarchical k-means (BRANCHES per level, seeded, deterministic) gives every word a path such as `3.17.2`.
 * Its prefixes are the cluster features of src/entities/ner/features.ts; the table ships in the model file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseConll } from '../src/io/conll.js';
import { normalizeForMatch } from '../src/text/normalize.js';
import { kmeans, projectRows, type SparseRow } from './train-ner-kmeans.js';
import { newsSentences, readNewsTexts } from './train-ner-lexicon.js';
import { ppmiRows, svdVectors } from './train-ner-svd.js';

export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** At most this many words (the most frequent) are clustered. */
  maxWords: number;
  /** Number of context words (the most frequent) whose co-occurrence counts describe a word. */
  contexts: number;
  dims: number;
  /** Branching factor of each level of the hierarchy, top first. */
  branches: number[];
  /** Word points: damped neighbour counts randomly projected, or PPMI (±2 words) reduced by SVD. */
  embed: 'project' | 'svd';
  /** When above 0, each path is followed by `|` and the word's vector quantized per dimension at ±this. */
  codeThreshold?: number;
  /** SVD only: left and right context words as separate columns. */
  directional?: boolean;
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  minCount: 10,
  maxWords: 40_000,
  contexts: 2000,
  dims: 128,
  branches: [16, 8, 8],
  embed: 'project',
};

/** SVD-smoothed PPMI vectors (50 dimensions) cut into 100 clusters, each split in 4, then in 4 again. */
export const SVD_CLUSTERS: ClusterOptions = {
  minCount: 5,
  maxWords: 30_000,
  contexts: 0,
  dims: 50,
  branches: [100, 4, 4],
  embed: 'svd',
};

function rankByCount(sentences: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

/** Left (context id) and right (contexts + id) neighbour counts of every word in `vocab`. */
function contextRows(sentences: string[][], vocab: Map<string, number>, ctx: Map<string, number>, C: number) {
  const rows: Map<number, number>[] = Array.from({ length: vocab.size }, () => new Map());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = vocab.get(s[i]);
      if (w === undefined) continue;
      const left = i > 0 ? ctx.get(s[i - 1]) : C - 1;
      const right = i + 1 < s.length ? ctx.get(s[i + 1]) : C - 1;
      if (left !== undefined) rows[w].set(left, (rows[w].get(left) ?? 0) + 1);
      if (right !== undefined) rows[w].set(C + right, (rows[w].get(C + right) ?? 0) + 1);
    }
  }
  return rows;
}

/** Damped context counts, log(1 + n) (positive PMI weighted rare contexts too much on this little text). */
function damped(rows: Map<number, number>[]): SparseRow[] {
  return rows.map((row) => ({ ids: [...row.keys()], values: [...row.values()].map((n) => Math.log1p(n)) }));
}

function wordPoints(
  sentences: string[][],
  ranked: string[],
  vocab: Map<string, number>,
  options: ClusterOptions,
) {
  if (options.embed === 'svd') {
    const columns = options.directional ? 2 * vocab.size : vocab.size;
    return svdVectors(ppmiRows(sentences, vocab, 2, options.directional), columns, options.dims);
  }
  const C = options.contexts + 1;
  const ctx = new Map(ranked.slice(0, options.contexts).map((w, i) => [w, i]));
  return projectRows(damped(contextRows(sentences, vocab, ctx, C)), 2 * C, options.dims);
}

/** One letter per dimension: `p` above `t`, `n` below −t, `0` between (see src/entities/ner/view-tokens.ts). */
export function quantized(points: Float32Array, at: number, dims: number, t: number): string {
  let code = '';
  for (let d = 0; d < dims; d++) code += points[at + d] > t ? 'p' : points[at + d] < -t ? 'n' : '0';
  return code;
}

/** word → cluster path (`a.b.c`), for the frequent words of the given tokenized sentences. */
export function buildClusters(
  sentences: string[][],
  options: ClusterOptions = CLUSTER_DEFAULTS,
): Record<string, string> {
  const ranked = rankByCount(sentences);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = ranked.filter((w) => (counts.get(w) ?? 0) >= options.minCount).slice(0, options.maxWords);
  const vocab = new Map(words.map((w, i) => [w, i]));
  const points = wordPoints(sentences, ranked, vocab, options);
  const paths = words.map(() => '');
  let groups = [words.map((_, i) => i)];
  for (const [level, k] of options.branches.entries()) {
    const next: number[][] = [];
    for (const members of groups) {
      const assign = kmeans(points, options.dims, members, k, level + 1);
      const split = Array.from({ length: k }, () => [] as number[]);
      members.forEach((m, j) => {
        split[assign[j]].push(m);
        paths[m] += `${level ? '.' : ''}${assign[j]}`;
      });
      next.push(...split.filter((g) => g.length > 0));
    }
    groups = next;
  }
  const t = options.codeThreshold ?? 0;
  if (t > 0)
    paths.forEach((_, m) => {
      paths[m] += `|${quantized(points, m * options.dims, options.dims, t)}`;
    });
  return Object.fromEntries(words.map((w, i) => [w, paths[i]]));
}

/** The clusters of the unlabeled texts: news jsonl files and the words (not the tags) of a CoNLL file. */
export function clustersOf(
  newsFiles: URL[],
  conllFiles: URL[],
  options: ClusterOptions = CLUSTER_DEFAULTS,
): Record<string, string> {
  const sentences = newsFiles.flatMap((f) => (existsSync(f) ? newsSentences(readNewsTexts(f.pathname)) : []));
  const conll = conllFiles
    .filter((f) => existsSync(f))
    .flatMap((f) => parseConll(readFileSync(f, 'utf8')).map((s) => s.tokens.map(normalizeForMatch)));
  return buildClusters([...sentences, ...conll], options);
}
