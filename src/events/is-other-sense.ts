import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { isBodyNamed, isInterview } from './is-body-named.js';
import { isOtherExchange } from './is-exchange-sense.js';
import { isOccurred, isPenalty } from './is-occurred-sense.js';
import { isGoalReached, isQuantityReached } from './is-quantity-sense.js';
import { isGoalScored, isSnatchedPrize, isSportsSense, isTopOf } from './is-sports-sense.js';
import { OTHER_SENSES } from './lexicon.js';
import { tokensAround } from './other-senses-lexicon.js';

const SIDES_REACH = 2;

const has = (set: Set<string>, t: Token | undefined) =>
  t !== undefined && (set.has(t.stem) || set.has(t.norm));

/** «ويلتقي الفريقان غدا»: a meeting verb with two teams as its subject is a match. */
function isTeamsMeeting(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'meeting' || hit.first !== hit.last || !has(OTHER_SENSES.meetingVerbs, tokens[hit.first]))
    return false;
  return tokensAround(tokens, hit.last, hit.last + 1, hit.last + SIDES_REACH).some((t) =>
    has(OTHER_SENSES.sportsSides, t),
  );
}

/** The rules in the order they are tried, each by the name the counts and docs use. */
const RULES: [string, (tokens: Token[], hit: TriggerHit) => boolean][] = [
  ['goal-reached', isGoalReached],
  ['quantity-reached', isQuantityReached],
  ['occurred', isOccurred],
  ['penalty', isPenalty],
  ['goal-scored', isGoalScored],
  ['exchange', isOtherExchange],
  ['teams-meeting', isTeamsMeeting],
  ['snatched-prize', isSnatchedPrize],
  ['sports', isSportsSense],
  ['top-of', isTopOf],
  ['body-named', isBodyNamed],
  ['interview', isInterview],
];

/**
 * The rule that reads a trigger word in another sense, told by a word near it (data/events/triggers.json,
 * `otherSenses`; docs/events.md «Other senses»), or null: reaching power, a level or an agreement; a quantity
 * reaching a figure; «وقع» as «occurred»; a penalty imposed; a goal scored; an exchange of trade, fire or words; a match, a league round, a team's offence, a prize
 * snatched; «قمة» as a top; a standing body named in passing; an interview.
 */
export function otherSenseOf(tokens: Token[], hit: TriggerHit): string | null {
  for (const [name, applies] of RULES) if (applies(tokens, hit)) return name;
  return null;
}

export const isOtherSense = (tokens: Token[], hit: TriggerHit): boolean => otherSenseOf(tokens, hit) !== null;
