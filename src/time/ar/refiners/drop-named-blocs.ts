/**
 * A day and month right after a bloc or movement noun is its name, not a date: «قوى 8 آذار», «تحالف 14
 * آذار», «قوى 8 و14 آذار», «طرفي 14 و8 آذار», «حركة 20 فبراير» (see ../constants/name-heads.ts); so is a day and month with no year
 * that someone leads, far from its head in a list («فريقي 8 آذار … و14 آذار بقيادة سعد الحريري»), unless a
 * word of time opens it («في 14 آذار»).
 */
import type { ParsedResult, ParserContext, Refiner } from '../../parser.js';
import { alternation, normalizeKeys } from '../constants/index.js';
import { LEADERSHIP_WORDS, NAME_HEADS } from '../constants/name-heads.js';
import { ar } from '../pattern.js';

const alt = (words: readonly string[]) =>
  alternation(normalizeKeys(Object.fromEntries(words.map((w) => [w, 1]))).keys());
const HEADS = alt(NAME_HEADS);
/** The head, and another bloc's day before this one: «طرفي 14 و8 آذار» (the second day is a name too). */
const BEFORE_NAME = new RegExp(
  ar(`(?:^|[^\\p{L}])[وف]?(?:لل|[بلك]?(?:ال)?)(?:${HEADS})\\s+(?:\\p{N}{1,2}\\s*و\\s*)?$`),
  'u',
);
const NAMEABLE = new Set(['ar/day-month-year', 'ar/day-range']);
const LED = new RegExp(ar(`^\\s*[،,]?\\s*(?:${alt(LEADERSHIP_WORDS)})(?![\\p{L}])`), 'u');
const TIME_CUE = new RegExp(ar('(?:^|[^\\p{L}])[وف]?(?:في|منذ|يوم|حتى|قبل|بعد|من)\\s+$'), 'u');

function isLedName(r: ParsedResult, ctx: ParserContext): boolean {
  return (
    !r.components?.isStated('year') &&
    LED.test(ctx.text.slice(r.end, r.end + 16)) &&
    !TIME_CUE.test(ctx.text.slice(Math.max(0, r.start - 12), r.start))
  );
}

export const dropNamedBlocs: Refiner = (results, ctx) =>
  results.filter(
    (r) =>
      !NAMEABLE.has(r.tag) ||
      !r.components?.isStated('day') ||
      !(BEFORE_NAME.test(ctx.text.slice(Math.max(0, r.start - 22), r.start)) || isLedName(r, ctx)),
  );
