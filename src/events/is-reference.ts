import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { ANY_TYPE_REFERENCE_HEADS, EXACT_FORMS, REFERENCE_HEADS, REFERENCE_TYPES } from './lexicon.js';

/** The proclitics of a word when they hold the preposition ب or ل («ب», «بال», «لل», «وب»). */
const PREPOSITION_PREFIX = /^[وف]?(?:[بل]|بال|لل)$/u;

/**
 * An incident named as a reference inside another clause: after a head such as «قضية، بسبب، حول»
 * («استدعت، الخميس، السفير بسبب اختفاء الصحفي»), or with ب or ل on the trigger («للتنديد باختفاء»). The
 * clause's date is not the incident's. Forms matched as written («بالسجن») are the verdict itself. An attack
 * is named so too («ردا على هجوم كيماوي»); any event after «انتهاك، يخص» («انتهاك وقف إطلاق النار»).
 */
export function isReference(tokens: Token[], hit: Pick<TriggerHit, 'type' | 'first' | 'last'>): boolean {
  const first = tokens[hit.first];
  const before = tokens[hit.first - 1];
  const heads = (set: Set<string>) =>
    before?.sentence === first.sentence && (set.has(before.norm) || set.has(before.stem));
  if (heads(ANY_TYPE_REFERENCE_HEADS)) return true;
  if (!REFERENCE_TYPES.has(hit.type)) return false;
  const head = heads(REFERENCE_HEADS);
  const prefix = first.norm.endsWith(first.stem)
    ? first.norm.slice(0, first.norm.length - first.stem.length)
    : '';
  return head || (hit.last === hit.first && PREPOSITION_PREFIX.test(prefix) && !isExactForm(first));
}

/** «بالسجن»: matched as written, the preposition is part of the trigger. */
const isExactForm = (t: Token) => EXACT_FORMS.has(t.norm.replace(/^[وف](?=\p{L}{4})/u, ''));
