import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { matchKeys } from './lexicon.js';
import { hasWord, hasWritten, SENSE_WORDS, tokensAround } from './other-senses-lexicon.js';

const SPORTS_TYPES = new Set(['meeting', 'talks', 'attack']);
const KIDNAP = /خطف/u;
const SUMMIT = new Set(matchKeys('قمة'));

/**
 * «خطف هدف التعادل», «خطف الزعيم الإماراتي، العين، بطاقة التأهل»: a kidnapping word with a prize as its object
 * (a goal, a win, a title, a ticket to the next round, the spotlight) is snatching it, no kidnapping.
 */
export function isSnatchedPrize(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'disappearance' || !KIDNAP.test(tokens[hit.last].norm)) return false;
  const after = tokensAround(tokens, hit.last, hit.last + 1, hit.last + SENSE_WORDS.snatchReach);
  return after.some((t) => hasWritten(SENSE_WORDS.prizeWords, t));
}

/**
 * «في اللقاء الودي … 3-0», «ضمن مباريات الجولة 32 من الدوري»: a meeting or round word with a word of a match (a
 * stadium, a player, a league) or a score near it in its sentence is a match or a league round. «وواصل الهلال
 * هجومه ونجح لاعبه», «خط هجوم»: an attack word is a team's offence only with a word of play (a goal mouth, a
 * half, its own players) or a score near it; a stadium is no sign (stadiums are attacked).
 */
export function isSportsSense(tokens: Token[], hit: TriggerHit): boolean {
  if (!SPORTS_TYPES.has(hit.type) || hit.first !== hit.last) return false;
  if (!hasWord(SENSE_WORDS.sportsTriggers, tokens[hit.first])) return false;
  const offence = hit.type === 'attack';
  if (offence && tokens[hit.first - 1]?.norm === LINE && sameSentence(tokens, hit.first - 1, hit.first))
    return true;
  const cues = offence ? SENSE_WORDS.offenceCues : SENSE_WORDS.sportsCues;
  const reach = SENSE_WORDS.sportsReach;
  const near = tokensAround(tokens, hit.first, hit.first - reach, hit.last + reach);
  return near.some((t, k) => hasWritten(cues, t) || isScore(near, k));
}

/** «خط هجوم السيليساو»: the attacking line of a team. */
const LINE = 'خط';
const sameSentence = (tokens: Token[], a: number, b: number) => tokens[a].sentence === tokens[b].sentence;

/** «3-0», «1 - صفر», «110-99»: a number, a dash, a number (or «صفر»). */
function isScore(near: Token[], k: number): boolean {
  const [a, dash, b] = [near[k], near[k + 1], near[k + 2]];
  return (
    b !== undefined &&
    /^\p{Nd}{1,3}$/u.test(a.norm) &&
    /^[-–]$/u.test(dash.norm) &&
    (/^\p{Nd}{1,3}$/u.test(b.norm) || b.norm === 'صفر')
  );
}

/** «قمة ترتيب الدوري», «في قمة مستواه»: «قمة» before what it tops is a top, no summit. */
export function isTopOf(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'meeting' || hit.first !== hit.last || !hasWord(SUMMIT, tokens[hit.first])) return false;
  const next = tokens[hit.last + 1];
  return next?.sentence === tokens[hit.last].sentence && hasWord(SENSE_WORDS.topOf, next);
}

const ON = new Set(matchKeys('على'));
const ON_REACH = 4;
const GOAL_AFTER_ON = 2;

/** «وقع "العكيد" على هدف تاريخي», «وقع على ثنائية»: a signing word, then «على» and a goal, is scoring a goal. */
export function isGoalScored(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'agreement' || hit.first !== hit.last) return false;
  const after = tokensAround(tokens, hit.last, hit.last + 1, hit.last + ON_REACH + GOAL_AFTER_ON);
  const on = after.findIndex((t, k) => k < ON_REACH && ON.has(t.norm));
  return (
    on >= 0 && after.slice(on + 1, on + 1 + GOAL_AFTER_ON).some((t) => hasWritten(SENSE_WORDS.scoredGoals, t))
  );
}
