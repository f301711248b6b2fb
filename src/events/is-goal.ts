import type { Token } from '../types.js';
import { GOAL_MARKERS } from './lexicon.js';

const has = (set: Set<string>, t: Token) => set.has(t.stem) || set.has(t.norm);
const FROM = new Set(['من']);

/**
 * «بإمكانه السيطرة على المدينة», «يسعى إلى عقد اجتماع», «محاولة اعتقال»: a capability, an aim or an attempt
 * named up to `reach` words before the trigger tells no event, whatever the sentence's date (that date is
 * the statement's). An attempt is an event of its own for the types that name it so («محاولة انقلاب» is a
 * coup, «محاولة اغتيال» an attack). Words: `goalMarkers` in data/events/triggers.json.
 */
export function isGoal(tokens: Token[], first: number, type: string): boolean {
  const attempts = !GOAL_MARKERS.attemptedEvents.has(type);
  for (let k = 1; k <= GOAL_MARKERS.reach; k++) {
    const t = tokens[first - k];
    if (!t || t.sentence !== tokens[first].sentence) return false;
    if (has(GOAL_MARKERS.words, t) || (attempts && has(GOAL_MARKERS.attempts, t)))
      return governs(tokens.slice(first - k + 1, first));
  }
  return false;
}

/**
 * Whether the words between the marker and the trigger leave the trigger its object: particles, a light
 * noun («عقد»), «من» right after the marker, and at most one other word (the subject); none that breaks the
 * phrase («تسعى من خلال المباحثات»: the talks are told, the aim is something else).
 */
function governs(between: Token[]): boolean {
  let words = 0;
  for (const [i, t] of between.entries()) {
    if (has(GOAL_MARKERS.breaks, t)) return false;
    if (has(GOAL_MARKERS.links, t) || has(GOAL_MARKERS.lightWords, t) || (i === 0 && has(FROM, t))) continue;
    words++;
  }
  return words <= 1;
}
