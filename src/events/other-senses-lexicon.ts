import { stripSuffix } from '../text/clitics.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Token } from '../types.js';
import { matchKeys, TRIGGER_DATA } from './lexicon.js';

/**
 * The session-5 vocabulary of `otherSenses` in data/events/triggers.json (its `_note2` tells each list): words
 * near a trigger that give it another sense in sports, the economy and politics. Keyed by match keys.
 */
const DATA = TRIGGER_DATA.otherSenses as unknown as {
  prizeWords: string[];
  snatchReach: number;
  sportsTriggers: string[];
  sportsCues: string[];
  offenceCues: string[];
  sportsReach: number;
  topOf: string[];
  quantitySubjects: string[];
  quantityReach: number;
  occurredSubjects: string[];
  penaltyObjects: string[];
  bodyRoles: string[];
  bodyVerbs: string[];
  interviewCues: string[];
  scoredGoals: string[];
  exchangeObjects: string[];
};

const keys = (words: string[]) => new Set(words.flatMap(matchKeys));
/** Matched as written (after a conjunction و/ف only): «هدفا» is a goal, «بهدف» (in order to) is not. */
const written = (words: string[]) => new Set(words.map(normalizeForMatch));

export const SENSE_WORDS = {
  prizeWords: written(DATA.prizeWords),
  snatchReach: DATA.snatchReach,
  sportsTriggers: keys(DATA.sportsTriggers),
  sportsCues: written(DATA.sportsCues),
  offenceCues: written(DATA.offenceCues),
  sportsReach: DATA.sportsReach,
  topOf: keys(DATA.topOf),
  quantitySubjects: keys(DATA.quantitySubjects),
  quantityReach: DATA.quantityReach,
  occurredSubjects: keys(DATA.occurredSubjects),
  penaltyObjects: keys(DATA.penaltyObjects),
  bodyRoles: keys(DATA.bodyRoles),
  bodyVerbs: keys(DATA.bodyVerbs),
  interviewCues: keys(DATA.interviewCues),
  scoredGoals: written(DATA.scoredGoals),
  exchangeObjects: keys(DATA.exchangeObjects),
};

/** The token's stem, its whole form, or its stem without a pronoun suffix («خسائرها», «هجومه») is in the set. */
export const hasWord = (set: Set<string>, t: Token | undefined): boolean =>
  t !== undefined &&
  (set.has(t.stem) || set.has(t.norm) || (!TA_MARBUTA.test(t.text) && set.has(stripSuffix(t.stem))));

/** A final ة as written: «مجموعة» is no «مجموع» with the pronoun ه. */
const TA_MARBUTA = /ة\p{M}*$/u;

/** The word as written, a conjunction و/ف aside: «وهدفا» is «هدفا», «بهدف» stays «بهدف». */
export const hasWritten = (set: Set<string>, t: Token | undefined): boolean =>
  t !== undefined && (set.has(t.norm) || (/^[وف]/u.test(t.norm) && set.has(t.norm.slice(1))));

/** The tokens of the trigger's sentence from `from` to `to` (inclusive, clipped to the sentence). */
export function tokensAround(tokens: Token[], at: number, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++)
    if (tokens[k].sentence === tokens[at].sentence) out.push(tokens[k]);
  return out;
}
