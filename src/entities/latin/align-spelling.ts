/**
 * How well an Arabic word (folded letters, ./read-arabic-word.ts) is a spelling of a Latin name's units
 * (./spell-latin-name.ts): every Arabic letter must be written by a unit, in order, each consonant unit by one of
 * its consonant spellings, each vowel unit by one of its vowel spellings; the score is the sum of the vowel
 * weights (the vowel agreement: a vowel written as usual 1, a possible one less, an unwritten vowel ≤ 0), at
 * most one per Arabic letter a vowel unit writes.
 * -Infinity when the letters cannot be read so.
 */
import type { Unit } from './spell-latin-name.js';

export function alignSpelling(units: readonly Unit[], letters: string): number {
  const m = letters.length;
  // best[j]: the best score with the units so far writing letters[0..j)
  let best = new Array<number>(m + 1).fill(Number.NEGATIVE_INFINITY);
  best[0] = 0;
  for (const unit of units) {
    const next = new Array<number>(m + 1).fill(Number.NEGATIVE_INFINITY);
    // a vowel counts at most one point per Arabic letter it writes (Beier's three vowels are no better than
    // Pierre's two for بيير)
    const options =
      unit.kind === 'c'
        ? unit.options.map((o): [string, number] => [o, 0])
        : unit.options.map(([ar, w]): [string, number] => [ar, Math.min(w, ar.length)]);
    for (let j = 0; j <= m; j++) {
      if (best[j] === Number.NEGATIVE_INFINITY) continue;
      for (const [ar, weight] of options) {
        if (!letters.startsWith(ar, j)) continue;
        const k = j + ar.length;
        next[k] = Math.max(next[k], best[j] + weight);
      }
    }
    best = next;
  }
  return best[m];
}
