/**
 * Shingling and MinHash signatures (Broder 1997) for near-duplicate detection. Shingles are hashed word
 * n-grams of match keys; a signature keeps, for each of K seeded hash functions, the minimum over the
 * shingles. The share of equal positions of two signatures estimates the Jaccard similarity of their sets.
 */
export const SHINGLE_WORDS = 3;
export const SIGNATURE_SIZE = 64;

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finalizer): turns one shingle hash into the value of the i-th hash function. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => hashString(`masar-minhash-${i}`));

/** Sorted, distinct hashes of the word n-grams of `words` (the words themselves when there are fewer). */
export function shingles(words: string[], n = SHINGLE_WORDS): Uint32Array {
  const set = new Set<number>();
  if (words.length < n) for (const w of words) set.add(hashString(w));
  for (let i = 0; i + n <= words.length; i++) set.add(hashString(words.slice(i, i + n).join(' ')));
  return Uint32Array.from(set).sort();
}

export function signature(shingleSet: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of shingleSet) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(x, SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Exact Jaccard similarity of two sorted hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}
