import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import {
  ATTACK_REFERENCE_TYPES,
  INCIDENT_TYPES,
  matchKeys,
  OTHER_SENSES,
  RELATIVE_PRONOUNS,
} from './lexicon.js';
import { wordType } from './match-trigger-word.js';

const GOAL_REACH = 6;
const SIDES_REACH = 2;
const TO = new Set(['إلى', 'الى', 'إلي'].flatMap(matchKeys));

const has = (set: Set<string>, t: Token | undefined) =>
  t !== undefined && (set.has(t.stem) || set.has(t.norm));

/**
 * A trigger word in another sense, told by a word near it (data/events/triggers.json, `otherSenses`): an
 * arrival whose first «إلى» leads to power, a level or an agreement («وصول الحزب إلى الحكم», «وصلت نسبة
 * المشاركة إلى 49 في المئة», a number as its subject); a meeting verb with two teams as subject («ويلتقي الفريقان غدا»);
 * «وقع» right after an incident («في انفجار وقع مساء الجمعة»: occurred, not signed).
 */
export function isOtherSense(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type === 'visit' && has(OTHER_SENSES.arrivalWords, tokens[hit.last]))
    return reachesGoal(tokens, hit.last);
  if (
    hit.type === 'agreement' &&
    hit.first === hit.last &&
    has(OTHER_SENSES.occurredWords, tokens[hit.first])
  )
    return afterIncident(tokens, hit.first);
  if (hit.type === 'meeting' && hit.first === hit.last && has(OTHER_SENSES.meetingVerbs, tokens[hit.first]))
    return within(tokens, hit.last, SIDES_REACH).some((t) => has(OTHER_SENSES.sportsSides, t));
  return false;
}

/** «في انفجار وقع مساء الجمعة», «الحادث الذي وقع»: وقع after an incident is «occurred», not «signed». */
function afterIncident(tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k] && RELATIVE_PRONOUNS.has(tokens[k].norm)) k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[at].sentence) return false;
  const type = wordType(t);
  return (
    has(OTHER_SENSES.occurredAfter, t) ||
    (type !== undefined && (INCIDENT_TYPES.has(type) || ATTACK_REFERENCE_TYPES.has(type)))
  );
}

function reachesGoal(tokens: Token[], last: number): boolean {
  const after = within(tokens, last, GOAL_REACH);
  if (has(OTHER_SENSES.arrivalSubjects, after[0])) return true;
  const to = after.findIndex((t) => TO.has(t.norm));
  return to >= 0 && has(OTHER_SENSES.arrivalGoals, tokens[last + 1 + to + 1]);
}

/** The next `reach` tokens of the trigger's sentence. */
function within(tokens: Token[], last: number, reach: number): Token[] {
  const out: Token[] = [];
  for (let k = last + 1; k <= last + reach && tokens[k]?.sentence === tokens[last].sentence; k++)
    out.push(tokens[k]);
  return out;
}
