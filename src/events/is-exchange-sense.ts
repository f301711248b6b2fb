import type { Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { hasWord, SENSE_WORDS } from './other-senses-lexicon.js';

/**
 * «التبادل التجاري», «تبادل لإطلاق النار», «تبادل الاتهامات»: a one-word «تبادل» that exchanges trade,
 * information, fire or words is no release of captives («تبادل الأسرى» and «صفقة تبادل» are phrases).
 */
export function isOtherExchange(tokens: Token[], hit: TriggerHit): boolean {
  if (hit.type !== 'release' || hit.first !== hit.last || !tokens[hit.first].norm.includes('تبادل'))
    return false;
  const next = tokens[hit.last + 1];
  return next?.sentence === tokens[hit.last].sentence && hasWord(SENSE_WORDS.exchangeObjects, next);
}
