/**
 * Feature ids as 32-bit FNV-1a hashes, so that context features are combined from per-word hashes with
 * integer arithmetic instead of string concatenation: `featureId('w-1', 'دمشق')` equals
 * `mixHash(hashString('w-1'), hashString('دمشق'))`, which is how the tagger computes it at run time.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a step over the four bytes of `value`, starting from hash `h`. */
export function mixHash(h: number, value: number): number {
  let x = h;
  x = Math.imul(x ^ (value & 0xff), FNV_PRIME);
  x = Math.imul(x ^ ((value >>> 8) & 0xff), FNV_PRIME);
  x = Math.imul(x ^ ((value >>> 16) & 0xff), FNV_PRIME);
  x = Math.imul(x ^ (value >>> 24), FNV_PRIME);
  return x >>> 0;
}

/** The id of a feature: its template name mixed with the hash of each value. */
export function featureId(template: string, ...values: string[]): number {
  let h = hashString(template);
  for (const v of values) h = mixHash(h, hashString(v));
  return h;
}
