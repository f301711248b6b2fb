/**
 * Drops a time word used in its other sense (../constants/word-senses.ts): «عقد» before the thing held
 * («بعد عقد اتفاقية»), «عام» after an office («مديرا عاما»), a weekday naming a market («سوق الجمعة»), a
 * season naming a movement («الربيع العربي»), and «إب» (the Yemeni city Ibb, not آب).
 */
import type { ParsedResult, ParserContext, Refiner } from '../../parser.js';
import { alternation, normalizeKeys } from '../constants/index.js';
import {
  GENERAL_HEADS,
  HELD_THINGS,
  PLACE_HEADS,
  SEASON_NAME_TAILS,
  WEEKDAY_NAME_HEADS,
} from '../constants/word-senses.js';
import { ar } from '../pattern.js';

const alt = (words: readonly string[]) =>
  alternation(normalizeKeys(Object.fromEntries(words.map((w) => [w, 1]))).keys());
const before = (words: readonly string[]) =>
  new RegExp(ar(`(?:^|[^\\p{L}])[وف]?[بلك]?(?:ال)?(?:${alt(words)})\\s+$`), 'u');
const after = (words: readonly string[]) =>
  new RegExp(ar(`^\\s+[وف]?(?:ال)?(?:${alt(words)})(?![\\p{L}])`), 'u');

const HOLDING = after(HELD_THINGS);
const GENERAL = before(GENERAL_HEADS);
const MARKET = before(WEEKDAY_NAME_HEADS);
const MOVEMENT = after(SEASON_NAME_TAILS);
const PLACE = before(PLACE_HEADS);
const ENDS_DECADE = new RegExp(ar('(?:^|\\s)عقد$'), 'u');
const ENDS_YEAR = new RegExp(ar('(?:^|\\s)عاما?$'), 'u');

function otherSense(r: ParsedResult, ctx: ParserContext): boolean {
  const text = ctx.text.slice(r.start, r.end);
  const left = ctx.text.slice(Math.max(0, r.start - 16), r.start);
  const right = ctx.text.slice(r.end, r.end + 16);
  if (ENDS_DECADE.test(text) && HOLDING.test(right)) return true;
  if (ENDS_YEAR.test(text) && text.split(/\s+/u).length === 1 && GENERAL.test(left)) return true;
  if (r.tag === 'ar/weekday' && MARKET.test(left)) return true;
  if (r.tag === 'ar/season' && MOVEMENT.test(right)) return true;
  if (r.tag === 'ar/month-year' && text === ar('اب')) {
    const span = ctx.place(r.start, r.end);
    return ctx.display?.[span.start] === 'إ' || PLACE.test(left);
  }
  return false;
}

export const dropWordSenses: Refiner = (results, ctx) => results.filter((r) => !otherSense(r, ctx));
