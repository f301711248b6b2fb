/**
 * A month written in two regions' names with only a space between («27 أبريل نيسان», «بين 23 و25 مايو أيار»)
 * is one expression: the lone second name joins the date before it when it names the same month. Names of two
 * different months side by side («نيسان أيار») stay apart.
 */
import type { ParsedResult, ParserContext, Refiner } from '../../parser.js';

const LONE_MONTH = 'ar/month-year';

function isLoneSameMonth(prev: ParsedResult, r: ParsedResult, ctx: ParserContext): boolean {
  const month = prev.rangeEnd?.get('month') ?? prev.components?.get('month');
  return (
    r.tag === LONE_MONTH &&
    !r.components?.isStated('year') &&
    r.relation?.monthDirection === undefined &&
    month !== undefined &&
    r.components?.get('month') === month &&
    prev.granularity !== 'year' &&
    /^\s+$/u.test(ctx.text.slice(prev.end, r.start))
  );
}

export const joinSpacedMonthPairs: Refiner = (results, ctx) => {
  const kept: ParsedResult[] = [];
  for (const r of results) {
    const prev = kept.at(-1);
    if (prev && isLoneSameMonth(prev, r, ctx)) prev.end = r.end;
    else kept.push(r);
  }
  return kept;
};
