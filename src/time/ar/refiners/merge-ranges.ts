/**
 * «من 5 آذار إلى 10 نيسان», «بين عامي 2011 و2014», «1936 - 1939»: two dates of one granularity joined by a
 * range word become one DATE whose value is the first and whose range runs to the end of the second.
 */
import type { ParsedResult, Refiner } from '../../parser.js';
import { ar } from '../pattern.js';

const JOIN = new RegExp(ar('^\\s*(?:-|–|إلى|الى|حتى|لغاية|و)\\s*$'), 'u');
const OPEN = new RegExp(ar('(?:^|[^\\p{L}])(?<open>من|بين|ما\\s+بين)\\s+$'), 'u');

function mergeable(a: ParsedResult, b: ParsedResult, between: string, open: string | undefined): boolean {
  if (a.type !== 'DATE' || b.type !== 'DATE' || !a.components || !b.components) return false;
  if (a.granularity !== b.granularity || !JOIN.test(between)) return false;
  if (/^\s*[-–]\s*$/u.test(between)) return true;
  return open !== undefined && (between.trim() !== 'و' || open !== 'من');
}

export const mergeRanges: Refiner = (results, ctx) => {
  const out: ParsedResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i];
    const b = results[i + 1];
    const between = b ? ctx.text.slice(a.end, b.start) : '';
    const before = ctx.text.slice(Math.max(0, a.start - 10), a.start);
    const open = OPEN.exec(before);
    if (b && mergeable(a, b, between, open?.groups?.open)) {
      const start = open?.groups
        ? a.start - before.length + open.index + open[0].indexOf(open.groups.open)
        : a.start;
      out.push({
        ...a,
        start,
        end: b.end,
        rangeEnd: b.components,
        tag: `${a.tag}+ar/merge-ranges`,
        relative: a.relative || b.relative,
      });
      i++;
    } else out.push(a);
  }
  return out;
};
