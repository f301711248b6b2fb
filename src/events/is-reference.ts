import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { EXACT_FORMS, INCIDENT_TYPES, REFERENCE_HEADS } from './lexicon.js';

/** The proclitics of a word when they hold the preposition ب or ل («ب», «بال», «لل», «وب»). */
const PREPOSITION_PREFIX = /^[وف]?(?:[بل]|بال|لل)$/u;

/**
 * An incident named as a reference inside another clause: after a head such as «قضية، بسبب، حول»
 * («استدعت، الخميس، السفير بسبب اختفاء الصحفي»), or with ب or ل on the trigger («للتنديد باختفاء»). The
 * clause's date is not the incident's. Forms matched as written («بالسجن») are the verdict itself.
 */
export function isReference(tokens: Token[], hit: Pick<TriggerHit, 'type' | 'first' | 'last'>): boolean {
  if (!INCIDENT_TYPES.has(hit.type)) return false;
  const first = tokens[hit.first];
  const before = tokens[hit.first - 1];
  const head =
    before?.sentence === first.sentence &&
    (REFERENCE_HEADS.has(before.norm) || REFERENCE_HEADS.has(before.stem));
  const prefix = first.norm.endsWith(first.stem)
    ? first.norm.slice(0, first.norm.length - first.stem.length)
    : '';
  return head || (hit.last === hit.first && PREPOSITION_PREFIX.test(prefix) && !isExactForm(first));
}

/** «بالسجن»: matched as written, the preposition is part of the trigger. */
const isExactForm = (t: Token) => EXACT_FORMS.has(t.norm.replace(/^[وف](?=\p{L}{4})/u, ''));
