/**
 * A month (or a day and month) with no year and no direction is part of a name when an indefinite noun of a
 * named thing heads it («شركة نيسان», «جامعة تشرين», «مدينة 6 أكتوبر»), or a company word follows it
 * («نيسان موتورز»); see ../constants/name-heads-places.ts. A cue of time keeps it («في نيسان», «منتصف
 * نيسان», «نيسان الماضي», «1 نيسان»): the head must touch the month.
 */
import type { ParsedResult, ParserContext, Refiner } from '../../parser.js';
import { alternation, normalizeKeys } from '../constants/index.js';
import { NAME_TAILS, NAMED_THING_HEADS } from '../constants/name-heads-places.js';
import { ar } from '../pattern.js';

const alt = (words: readonly string[]) =>
  alternation(normalizeKeys(Object.fromEntries(words.map((w) => [w, 1]))).keys());
/** The head with at most a proclitic, never the article: «شركة نيسان», not «الشركة في نيسان». */
const HEAD = new RegExp(ar(`(?:^|[^\\p{L}])[وف]?[بلك]?(?:${alt(NAMED_THING_HEADS)})\\s+[«"']?$`), 'u');
const TAIL = new RegExp(ar(`^[»"']?\\s+(?:${alt(NAME_TAILS)})(?![\\p{L}])`), 'u');
const MONTHS = new Set(['ar/month-year', 'ar/day-month-year']);

function isName(r: ParsedResult, ctx: ParserContext): boolean {
  if (!MONTHS.has(r.tag) || r.components?.isStated('year') || r.relation?.monthDirection !== undefined)
    return false;
  const left = ctx.text.slice(Math.max(0, r.start - 16), r.start);
  const right = ctx.text.slice(r.end, r.end + 16);
  return HEAD.test(left) || (r.tag === 'ar/month-year' && TAIL.test(right));
}

export const dropNamedMonths: Refiner = (results, ctx) => results.filter((r) => !isName(r, ctx));
