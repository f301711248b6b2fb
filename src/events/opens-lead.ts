import { firstStartingAtOrAfter } from '../text/search-offsets.js';
import type { EventMention, Token } from '../types.js';
import { LEAD_PAST_VERBS } from './lexicon.js';

/** The first sentences of a report, where a past-tense verb with no date tells the news of the day. */
const LEAD_VERB_SENTENCES = 2;

/** How far after the verb opening its clause the trigger may stand («شنت الطائرات الروسية غارات»). */
const VERB_REACH = 6;

/**
 * «أعدمت السلطات السعودية 37 شخصا»، «وسيطرت قوات النظام على بلدة داريا»، «بدأ العراقيون بالتوافد على مراكز
 * الاقتراع»: the clause of the mention's trigger opens with a past-tense verb (data/events/triggers.json,
 * `leadPastVerbs`; the trigger itself or a verb up to six words before it, no comma between) in one of the
 * report's first two sentences; a clause opens the sentence or follows a comma, so «كان، قد، أن، الذي …»
 * before the verb (background, a reported clause) keep it from counting.
 */
export function opensLead(tokens: Token[], ev: EventMention): boolean {
  if (ev.sentence >= LEAD_VERB_SENTENCES) return false;
  const at = firstStartingAtOrAfter(tokens, ev.start);
  for (let i = at; i >= 0 && i >= at - VERB_REACH && tokens[i].sentence === ev.sentence; i--) {
    if (opensClause(tokens, i)) return isPastVerb(tokens[i]);
    if (isBreak(tokens[i])) return false;
  }
  return false;
}

const isBreak = (t: Token) => /^[،,؛;:]$/u.test(t.norm);

const isPastVerb = (t: Token) =>
  LEAD_PAST_VERBS.has(t.stem) ||
  LEAD_PAST_VERBS.has(t.norm) ||
  LEAD_PAST_VERBS.has(t.norm.replace(/^[وف]/u, ''));

/** The token opens its clause: first of its sentence, or right after a comma. */
function opensClause(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before === undefined || before.sentence !== tokens[i].sentence || isBreak(before);
}
