/**
 * Near-duplicate articles (re-filed, cross-listed under two sections, lightly edited): word 3-gram
 * shingles of the match keys, MinHash signatures and LSH banding (src/text/minhash.ts, src/text/lsh.ts),
 * candidates confirmed by exact Jaccard ≥ `threshold`. Groups are closed transitively; every member but
 * the earliest (stated publication date, then input order) gets `duplicateOf` = the earliest one's id.
 */
import { candidatePairs } from '../text/lsh.js';
import { jaccard, shingles, signature } from '../text/minhash.js';
import { tokenize } from '../text/tokenize.js';
import type { MasarDoc } from '../types.js';

export const DUPLICATE_THRESHOLD = 0.7;
const WORD = /[\p{L}\p{N}]/u;

/** The words of a document's body as match keys (its tokens when segmented, else tokenized here). */
function docWords(doc: MasarDoc): string[] {
  const tokens = doc.data.segments?.tokens ?? tokenize(doc.data.clean?.text ?? '');
  return tokens.filter((t) => WORD.test(t.text)).map((t) => t.norm);
}

/** Pairs [i, j] (i < j) of near-duplicate word lists, with their Jaccard similarity. */
export function findNearDuplicates(
  docsWords: string[][],
  threshold = DUPLICATE_THRESHOLD,
): { a: number; b: number; score: number }[] {
  const sets = docsWords.map((words) => shingles(words));
  const signatures = sets.map(signature);
  return candidatePairs(signatures)
    .map(([a, b]) => ({ a, b, score: jaccard(sets[a], sets[b]) }))
    .filter((p) => p.score >= threshold && sets[p.a].length > 0);
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Earlier first: a stated publication date, then input order. */
const earlier = (docs: MasarDoc[], a: number, b: number) => {
  const [da, db] = [docs[a].published.date ?? '9999', docs[b].published.date ?? '9999'];
  return da < db || (da === db && a < b);
};

export function markDuplicates(docs: MasarDoc[], threshold = DUPLICATE_THRESHOLD): void {
  const parent = docs.map((_, i) => i);
  for (const { a, b } of findNearDuplicates(docs.map(docWords), threshold)) {
    const [ra, rb] = [find(parent, a), find(parent, b)];
    if (ra === rb) continue;
    if (earlier(docs, ra, rb)) parent[rb] = ra;
    else parent[ra] = rb;
  }
  docs.forEach((doc, i) => {
    const root = find(parent, i);
    if (root !== i) doc.duplicateOf = docs[root].id;
  });
}
