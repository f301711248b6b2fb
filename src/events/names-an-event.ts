import { lastStartingAtOrBefore } from '../text/search-offsets.js';
import type { EntityMention, Token } from '../types.js';
import { GATHERINGS } from './find-triggers.js';
import { wordType } from './match-trigger-word.js';

/**
 * A person or organization mention that is no party because it names an event: it overlaps the trigger
 * («الاتفاق التجاري» inside «الاتفاق التجاري الذي وقعه الاتحاد الأوروبي»), or its first word is a trigger word
 * of the lexicon («انتخابات الرئاسة», «هجوم الغوطة»): a span the tagger misread as a name. Not a gathering word:
 * parties and bodies are named so («المؤتمر الشعبي العام», «المؤتمر الوطني العام»).
 */
export function namesAnEvent(
  m: EntityMention,
  tokens: Token[],
  trigger: { start: number; end: number },
): boolean {
  if (m.start < trigger.end && trigger.start < m.end) return true;
  const first = tokens[lastStartingAtOrBefore(tokens, m.start)];
  const type = first !== undefined && first.end > m.start ? wordType(first) : undefined;
  return type !== undefined && !GATHERINGS.has(type);
}
