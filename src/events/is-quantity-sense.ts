import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { matchKeys, OTHER_SENSES } from './lexicon.js';
import { hasWord, SENSE_WORDS, tokensAround } from './other-senses-lexicon.js';

const GOAL_REACH = 6;
const TO = new Set(['إلى', 'الى', 'إلي'].flatMap(matchKeys));
const NUMBER = /^\p{Nd}[\p{Nd}.,]*$/u;

/** An arrival word (وصل، وصلت، يصل) of a visit trigger, or null. */
const isArrival = (tokens: Token[], hit: TriggerHit) =>
  hit.type === 'visit' && hasWord(OTHER_SENSES.arrivalWords, tokens[hit.last]);

/**
 * «وصلت نسبة المشاركة إلى», «أسعار تذاكر المباراة وصلت إلى 3000 جنيه», «خسائرها وصلت»: an arrival word whose
 * subject is a quantity (right after it, or up to `quantityReach` words before it) or whose «إلى» leads to a
 * number is a quantity reaching a level, no visit.
 */
export function isQuantityReached(tokens: Token[], hit: TriggerHit): boolean {
  if (!isArrival(tokens, hit)) return false;
  const after = tokensAround(tokens, hit.last, hit.last + 1, hit.last + GOAL_REACH);
  if (hasWord(SENSE_WORDS.quantitySubjects, after[0])) return true;
  const before = tokensAround(tokens, hit.first, hit.first - SENSE_WORDS.quantityReach, hit.first - 1);
  if (before.some((t) => hasWord(SENSE_WORDS.quantitySubjects, t))) return true;
  const to = after.findIndex((t) => TO.has(t.norm));
  return to >= 0 && NUMBER.test(after[to + 1]?.norm ?? '');
}

/**
 * «وصول الحزب إلى الحكم», «وصلت القوات إلى ضواحي المدينة», «وصل الطرفان إلى اتفاق»: an arrival whose first
 * «إلى» within six words leads to power, a stage, a level or an agreement is no visit (`arrivalGoals`).
 */
export function isGoalReached(tokens: Token[], hit: TriggerHit): boolean {
  if (!isArrival(tokens, hit)) return false;
  const after = tokensAround(tokens, hit.last, hit.last + 1, hit.last + GOAL_REACH);
  if (has(OTHER_SENSES.arrivalSubjects, after[0])) return true;
  const to = after.findIndex((t) => TO.has(t.norm));
  return to >= 0 && has(OTHER_SENSES.arrivalGoals, after[to + 1]);
}

const has = (set: Set<string>, t: Token | undefined) =>
  t !== undefined && (set.has(t.stem) || set.has(t.norm));
