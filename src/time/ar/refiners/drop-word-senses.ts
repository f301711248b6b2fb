/**
 * Drops a time word used in its other sense (../constants/word-senses.ts): «عقد» before the thing held
 * («بعد عقد اتفاقية»), «عام» after an office («مديرا عاما»), a weekday naming a market («سوق الجمعة»), a
 * season naming a movement («الربيع العربي»), «إب» (the Yemeni city Ibb, not آب), and one unit in the accusative that is a kind of day or a contract
 * («يوما مقدسا», «عقدا احترافيا», «وقع عقدا مع»), «اليوم» ending a quoted title (قناة "روسيا اليوم"), and the
 * name «آلان» (Alan), which matches as «الآن» once its madda is normalized away.
 */
import type { ParsedResult, ParserContext, Refiner } from '../../parser.js';
import { alternation, normalizeKeys } from '../constants/index.js';
import {
  AMOUNT_ADJECTIVES,
  CONTRACT_TAILS,
  DAY_QUALITIES,
  GENERAL_HEADS,
  HELD_THINGS,
  PLACE_HEADS,
  SEASON_NAME_TAILS,
  SIGNING_VERBS,
  TITLE_HEADS,
  WEEKDAY_NAME_HEADS,
} from '../constants/word-senses.js';
import { ONCE_TAG } from '../once.js';
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
const ONE_ACCUSATIVE = new RegExp(ar('^(?:يوما|عاما|شهرا|عقدا)$'), 'u');
const AMOUNT = after(AMOUNT_ADJECTIVES);
const QUALITY = new RegExp(ar(`^\\s+(?:\\p{L}+يا|${alt(DAY_QUALITIES)})(?![\\p{L}])`), 'u');
/** A verb of signing, then at most its subject of two words: «وقعت الوزارة عقدا». */
const SIGNED = new RegExp(ar(`(?:^|[^\\p{L}])[وف]?(?:${alt(SIGNING_VERBS)})(?:\\s+\\p{L}+){0,2}\\s+$`), 'u');
const CONTRACT = after(CONTRACT_TAILS);
/** A head, an opening quote, one to three words of the title: «قناة "روسيا ». */
const TITLE_OPEN = new RegExp(
  ar(`(?:^|[^\\p{L}])[وف]?[بلك]?(?:ال)?(?:${alt(TITLE_HEADS)})\\s*["«“](?:\\p{L}+\\s+){1,3}$`),
  'u',
);
const TITLE_CLOSE = /^["»”]/u;

function isInTitle(r: ParsedResult, ctx: ParserContext, text: string): boolean {
  return (
    text === ar('اليوم') &&
    TITLE_CLOSE.test(ctx.text.slice(r.end, r.end + 1)) &&
    TITLE_OPEN.test(ctx.text.slice(Math.max(0, r.start - 40), r.start))
  );
}

/** «آلان» (a name) in the display text, not «الآن». */
function isAlan(r: ParsedResult, ctx: ParserContext): boolean {
  return (
    r.value === 'PRESENT_REF' &&
    ctx.display?.slice(ctx.place(r.start, r.end).start).startsWith('آلان') === true
  );
}

/** «يوما مقدسا», «عقدا احترافيا», «وقع عقدا مع»: one unit that is no amount of time. */
function isKindOrContract(text: string, left: string, right: string): boolean {
  if (!ONE_ACCUSATIVE.test(text)) return false;
  if (text === ar('عقدا') && (SIGNED.test(left) || CONTRACT.test(right))) return true;
  return QUALITY.test(right) && !AMOUNT.test(right);
}

function otherSense(r: ParsedResult, ctx: ParserContext): boolean {
  const text = ctx.text.slice(r.start, r.end);
  const left = ctx.text.slice(Math.max(0, r.start - 16), r.start);
  const right = ctx.text.slice(r.end, r.end + 16);
  if (ENDS_DECADE.test(text) && HOLDING.test(right)) return true;
  if (ENDS_YEAR.test(text) && text.split(/\s+/u).length === 1 && GENERAL.test(left)) return true;
  if (r.tag === 'ar/weekday' && MARKET.test(left)) return true;
  if (r.tag === 'ar/season' && MOVEMENT.test(right)) return true;
  if (isInTitle(r, ctx, text) || isAlan(r, ctx)) return true;
  if (
    (r.type === 'DURATION' || r.tag === ONCE_TAG) &&
    isKindOrContract(text, ctx.text.slice(Math.max(0, r.start - 40), r.start), right)
  )
    return true;
  if (r.tag === 'ar/month-year' && text === ar('اب')) {
    const span = ctx.place(r.start, r.end);
    return ctx.display?.[span.start] === 'إ' || PLACE.test(left);
  }
  return false;
}

export const dropWordSenses: Refiner = (results, ctx) => results.filter((r) => !otherSense(r, ctx));
