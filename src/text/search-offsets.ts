/**
 * Binary searches over spans sorted by `start` (tokens, sentences, time expressions), for passes that look
 * up an offset many times in a long document.
 */
interface Started {
  start: number;
}

/** Index of the first span that starts at or after `offset` (`spans.length` when none). */
export function firstStartingAtOrAfter(spans: readonly Started[], offset: number): number {
  let [lo, hi] = [0, spans.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span that starts at or before `offset` (-1 when none). */
export const lastStartingAtOrBefore = (spans: readonly Started[], offset: number): number =>
  firstStartingAtOrAfter(spans, offset + 1) - 1;
