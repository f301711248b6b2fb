/**
 * Viterbi decoding of one sentence over a first-order tag model: per-token emission scores plus tag
 * transition scores, with the BIO constraint (`isAllowed`) as hard zeros of the search space.
 */
import { isAllowed, START, TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
/** ALLOWED[prev * T + cur], prev in 0..T (T = start). */
const ALLOWED: boolean[] = Array.from({ length: (T + 1) * T }, (_, k) => isAllowed(Math.floor(k / T), k % T));

/**
 * @param emissions n × T scores, row-major.
 * @param transitions (T + 1) × T scores, row `prev` (T for the start), column `cur`.
 * @returns the best allowed tag index per token.
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, n: number): Int32Array {
  const best = new Int32Array(n);
  if (n === 0) return best;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let cur = 0; cur < T; cur++) {
    score[cur] = ALLOWED[START * T + cur] ? emissions[cur] + transitions[START * T + cur] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let cur = 0; cur < T; cur++) {
      let top = -Infinity;
      let arg = 0;
      for (let prev = 0; prev < T; prev++) {
        if (!ALLOWED[prev * T + cur]) continue;
        const s = score[(i - 1) * T + prev] + transitions[prev * T + cur];
        if (s > top) [top, arg] = [s, prev];
      }
      score[i * T + cur] = top + emissions[i * T + cur];
      back[i * T + cur] = arg;
    }
  }
  let last = 0;
  for (let cur = 1; cur < T; cur++) if (score[(n - 1) * T + cur] > score[(n - 1) * T + last]) last = cur;
  best[n - 1] = last;
  for (let i = n - 1; i > 0; i--) best[i - 1] = back[i * T + best[i]];
  return best;
}
