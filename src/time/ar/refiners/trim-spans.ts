/**
 * Spans never start or end with spaces or punctuation a pattern took in passing («العام 1887 »); a bracket
 * stays when the span holds its pair («العام (1948)»).
 */
import type { Refiner } from '../../parser.js';

const EDGE = /[\s،,.:;]/u;
const count = (s: string, ch: string) => s.split(ch).length - 1;

export const trimSpans: Refiner = (results, ctx) => {
  for (const r of results) {
    let changed = true;
    while (changed && r.end > r.start) {
      changed = false;
      const span = ctx.text.slice(r.start, r.end);
      const first = span[0];
      const last = span[span.length - 1];
      if (EDGE.test(first) || (first === '(' && count(span, '(') > count(span, ')'))) {
        r.start++;
        changed = true;
      } else if (EDGE.test(last) || (last === ')' && count(span, ')') > count(span, '('))) {
        r.end--;
        changed = true;
      }
    }
  }
  return results.filter((r) => r.end > r.start);
};
