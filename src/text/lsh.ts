/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into `bands` of `rows` values;
 * two documents are candidates when they agree on every value of at least one band. With 16 bands of 4
 * rows, pairs at Jaccard 0.8 are candidates with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998, pairs at 0.3 with
 * about 0.12; candidates are then checked exactly. Cost is linear in the number of documents.
 */
import { hashString } from './minhash.js';

export const BANDS = 16;
export const ROWS = 4;
/**
 * A bucket larger than this (thousands of copies of one text) is paired as a star around its first member
 * instead of all pairs: grouping is transitive, so the groups are the same and the cost stays linear.
 */
const MAX_CLIQUE = 50;
const EMPTY = 0xffffffff;

function bandKey(sig: Uint32Array, band: number): string {
  let key = `${band}:`;
  for (let r = 0; r < ROWS; r++) key += `${sig[band * ROWS + r].toString(36)},`;
  return key;
}

/** Candidate pairs [i, j] with i < j, each listed once. */
export function candidatePairs(signatures: Uint32Array[]): [number, number][] {
  const buckets = new Map<number, number[]>();
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    buckets.clear();
    signatures.forEach((sig, doc) => {
      if (sig[0] === EMPTY) return; // no shingles: nothing to compare
      const key = hashString(bandKey(sig, band));
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const bucket of buckets.values()) {
      const centres = bucket.length > MAX_CLIQUE ? 1 : bucket.length;
      for (let a = 0; a < centres; a++) {
        for (let b = a + 1; b < bucket.length; b++) {
          const id = `${bucket[a]},${bucket[b]}`;
          if (!seen.has(id)) {
            seen.add(id);
            pairs.push([bucket[a], bucket[b]]);
          }
        }
      }
    }
  }
  return pairs;
}
