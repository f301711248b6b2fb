import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import {
  ANY_TYPE_REFERENCE_HEADS,
  ATTACK_REFERENCE_HEADS,
  ATTACK_REFERENCE_TYPES,
  EXACT_FORMS,
  INCIDENT_TYPES,
  REFERENCE_HEADS,
} from './lexicon.js';
import { keptPreposition } from './match-trigger-word.js';

/** The proclitics of a word when they hold the preposition ب or ل («ب», «بال», «لل», «وب»). */
const PREPOSITION_PREFIX = /^[وف]?(?:[بل]|بال|لل)$/u;
/** «ردا على هجوم», «ردا ضد»: a preposition between the head and the trigger. */
const HEAD_PREPOSITIONS = new Set(['على', 'علي', 'ضد']);

/**
 * An incident named as a reference inside another clause: after a head such as «قضية، بسبب، حول»
 * («استدعت، الخميس، السفير بسبب اختفاء الصحفي»), or with ب or ل on the trigger («للتنديد باختفاء»). The
 * clause's date is not the incident's. Forms matched as written («بالسجن») are the verdict itself. An attack
 * after its own, fewer heads («ردا على هجوم كيماوي», «إثر تفجير»); any event after «انتهاك، يخص»
 * («انتهاك وقف إطلاق النار»).
 */
export function isReference(tokens: Token[], hit: Pick<TriggerHit, 'type' | 'first' | 'last'>): boolean {
  const first = tokens[hit.first];
  const before = tokens[hit.first - 1];
  const inSentence = (t: Token | undefined): t is Token => t?.sentence === first.sentence;
  const heads = (set: Set<string>, t = before) => inSentence(t) && (set.has(t.norm) || set.has(t.stem));
  if (heads(ANY_TYPE_REFERENCE_HEADS)) return true;
  if (ATTACK_REFERENCE_TYPES.has(hit.type)) {
    const across = inSentence(before) && HEAD_PREPOSITIONS.has(before.norm);
    return heads(ATTACK_REFERENCE_HEADS) || (across && heads(ATTACK_REFERENCE_HEADS, tokens[hit.first - 2]));
  }
  if (!INCIDENT_TYPES.has(hit.type)) return false;
  const prefix =
    keptPreposition(first) ||
    (first.norm.endsWith(first.stem) ? first.norm.slice(0, first.norm.length - first.stem.length) : '');
  return (
    heads(REFERENCE_HEADS) ||
    (hit.last === hit.first && PREPOSITION_PREFIX.test(prefix) && !isExactForm(first))
  );
}

/** «بالسجن»: matched as written, the preposition is part of the trigger. */
const isExactForm = (t: Token) => EXACT_FORMS.has(t.norm.replace(/^[وف](?=\p{L}{4})/u, ''));
