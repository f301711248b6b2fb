import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { ATTACK_REFERENCE_TYPES, INCIDENT_TYPES, OTHER_SENSES, RELATIVE_PRONOUNS } from './lexicon.js';
import { wordType } from './match-trigger-word.js';
import { hasWord, SENSE_WORDS, tokensAround } from './other-senses-lexicon.js';

const PENALTY_REACH = 3;

const sameSentence = (tokens: Token[], a: number, b: number) =>
  tokens[a] !== undefined && tokens[b] !== undefined && tokens[a].sentence === tokens[b].sentence;

/** An incident told by the token: a word of `occurredAfter`/`occurredSubjects`, or a trigger of an incident or an attack. */
function isIncident(t: Token, words: Set<string>): boolean {
  const type = wordType(t);
  return (
    hasWord(words, t) ||
    (type !== undefined && (INCIDENT_TYPES.has(type) || ATTACK_REFERENCE_TYPES.has(type)))
  );
}

/**
 * «في انفجار وقع مساء الجمعة», «الحادث الذي وقع», «وقعت مواجهات»، «وقع انفجار»: «وقع» right after or right
 * before an incident is «occurred», not «signed».
 */
export function isOccurred(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.first !== hit.last || !hasWord(OTHER_SENSES.occurredWords, tokens[hit.first])) return false;
  const at = hit.first;
  let k = at - 1;
  if (tokens[k] && RELATIVE_PRONOUNS.has(tokens[k].norm)) k--;
  if (sameSentence(tokens, k, at) && isIncident(tokens[k], OTHER_SENSES.occurredAfter)) return true;
  return sameSentence(tokens, at + 1, at) && isIncident(tokens[at + 1], SENSE_WORDS.occurredSubjects);
}

/** «توقيع واشنطن عقوبات»، «توقيع غرامة»: a signing word with a penalty as its object imposes it, no agreement. */
export function isPenalty(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'agreement' || hit.first !== hit.last) return false;
  if (!/^(?:[وف]?(?:ال)?توقيع|[وف]?وقع|[وف]?وقعت)$/u.test(tokens[hit.first].norm)) return false;
  const after = tokensAround(tokens, hit.last, hit.last + 1, hit.last + PENALTY_REACH);
  return after.some((t) => hasWord(SENSE_WORDS.penaltyObjects, t));
}
