/** Spans never start or end with spaces or punctuation a pattern took in passing («العام 1887 »). */
import type { Refiner } from '../../parser.js';

const EDGE = /[\s،,.:;)(]/u;

export const trimSpans: Refiner = (results, ctx) => {
  for (const r of results) {
    while (r.start < r.end && EDGE.test(ctx.text[r.start])) r.start++;
    while (r.end > r.start && EDGE.test(ctx.text[r.end - 1])) r.end--;
  }
  return results.filter((r) => r.end > r.start);
};
