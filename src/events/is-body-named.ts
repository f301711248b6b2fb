import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { ACKNOWLEDGE_VERBS, matchKeys } from './lexicon.js';
import { hasWord, SENSE_WORDS, tokensAround } from './other-senses-lexicon.js';

const INTERVIEW_REACH = 3;
const INTERVIEW = new Set(matchKeys('حوار'));
const TEXT_OF = new Set(matchKeys('نص'));

/**
 * «وصف المنتدى الاقتصادي العالمي سنة 2015», «منظم المنتدى الاقتصادي العالمي», «حزب المؤتمر الشعبي العام»: a
 * gathering word after a role in a body, a party, a report, or a verb of describing or forecasting names a
 * standing body in passing, no gathering told.
 */
export function isBodyNamed(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'conference' || hit.first !== hit.last) return false;
  const prev = tokens[hit.first - 1];
  if (prev?.sentence !== tokens[hit.first].sentence) return false;
  return (
    hasWord(SENSE_WORDS.bodyRoles, prev) ||
    hasWord(SENSE_WORDS.bodyVerbs, prev) ||
    hasWord(ACKNOWLEDGE_VERBS, prev)
  );
}

/** «في حواره مع صحيفة الرياضية», «حوار أجراه مع مجلة», «نص الحوار»: an interview given to a medium, no talks. */
export function isInterview(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'talks' || hit.first !== hit.last || !hasWord(INTERVIEW, tokens[hit.first])) return false;
  const prev = tokens[hit.first - 1];
  if (prev?.sentence === tokens[hit.first].sentence && hasWord(TEXT_OF, prev)) return true;
  const after = tokensAround(tokens, hit.last, hit.last + 1, hit.last + INTERVIEW_REACH);
  return after.some((t) => hasWord(SENSE_WORDS.interviewCues, t));
}
