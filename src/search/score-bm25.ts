/**
 * Okapi BM25 over pre-keyed documents, as SQLite FTS5's bm25() computes it (k1 = 1.2, b = 0.75, one weight
 * per column): the in-memory store ranks with it, so both stores rank the same way.
 */
const K1 = 1.2;
const B = 0.75;

/** One indexed document: the keys of each of its columns (a word contributes every key it has). */
export type KeyedColumns = string[][];

function countMatches(column: string[], keys: string[]): number {
  let n = 0;
  for (const key of column) if (keys.includes(key)) n++;
  return n;
}

/** Scores of every document holding every query word (undefined for the others), higher is better. */
export function scoreBm25(
  docs: KeyedColumns[],
  words: string[][],
  weights: number[],
): (number | undefined)[] {
  const columns = weights.length;
  const avg = weights.map((_, c) => docs.reduce((sum, d) => sum + d[c].length, 0) / Math.max(docs.length, 1));
  const tf = docs.map((d) => words.map((keys) => d.map((column) => countMatches(column, keys))));
  const df = words.map((_, w) => tf.filter((t) => t[w].some((n) => n > 0)).length);
  const idf = df.map((n) => Math.max(Math.log((docs.length - n + 0.5) / (n + 0.5)), 1e-6));
  return docs.map((doc, i) => {
    if (!tf[i].every((cols) => cols.some((n) => n > 0))) return undefined;
    let score = 0;
    for (let w = 0; w < words.length; w++)
      for (let c = 0; c < columns; c++) {
        const f = tf[i][w][c];
        score +=
          weights[c] * idf[w] * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc[c].length) / (avg[c] || 1))));
      }
    return score;
  });
}
